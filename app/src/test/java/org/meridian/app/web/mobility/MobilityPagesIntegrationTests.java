package org.meridian.app.web.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.imports.ImportOutcome;
import org.meridian.app.imports.ImportProgress;
import org.meridian.app.imports.ImportTypes;
import org.meridian.app.imports.Importing;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.UserAccount;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mobility pages over real HTTP with a signed-in session, and the mobility import, on both databases.
 */
@MeridianIntegrationTest
class MobilityPagesIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<tr data-id=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Importing importing;

    @Autowired
    ImportTypes importTypes;

    @Autowired
    Tenancy tenancy;

    @Autowired
    org.meridian.app.security.Tenants tenants;

    long tenant;
    UserAccount officer;
    ApiClient officerApi;
    WebSession officerSession;

    @BeforeEach
    void newInstitution() {
        tenant = testUsers.newTenant("Pages U");
        TestUsers.Caller caller = testUsers.newUser(Role.OFFICER, tenant, port);
        officer = caller.account();
        officerApi = caller.api();
        officerSession = WebSession.signIn(port, officer.username(), TestUsers.PASSWORD);
    }

    @Test
    void keepsFiltersOrderAndPageInTheUrl() {
        for (int day = 0; day < 25; day++) {
            record("outbound", "DE", "2024-09-01", day, "Li" + day, "Exchange " + day);
        }
        for (int day = 0; day < 3; day++) {
            record("inbound", "JP", "2023-10-01", day, "Sato" + day, "Visit " + day);
        }

        String secondPage = officerSession.get("/mobility?direction=outbound&country=DE&sort=-startDate&page=1").text();
        // 25 matching records, 20 a page: the second page holds the 5 that start earliest, 2024-09-05 to 09-01
        assertThat(secondPage).contains("25 records").contains("21–25 of 25");
        assertThat(rows(secondPage)).hasSize(5);
        assertThat(secondPage.indexOf("Li4,")).isLessThan(secondPage.indexOf("Li0,"));
        assertThat(secondPage).contains("href=\"/mobility?direction=outbound&amp;country=DE&amp;sort=-startDate\"")
                .contains("href=\"/mobility/export?format=csv&amp;direction=outbound&amp;country=DE&amp;sort=-startDate\"");

        assertThat(officerSession.get("/mobility?yearFrom=2024&yearTo=2024").text()).contains("25 records");
        String earlier = officerSession.get("/mobility?yearFrom=2023&yearTo=2023&sort=startDate").text();
        assertThat(rows(earlier)).hasSize(3);
        assertThat(earlier).contains("Sato0").doesNotContain("Li0");
        assertThat(officerSession.get("/mobility?q=visit+2").text()).contains("one record").contains("Sato2");
        assertThat(officerSession.get("/mobility?country=FR").text()).contains("data-test=\"no-match\"");
    }

    @Test
    void showsEveryWrongFieldBesideItAndKeepsWhatWasTyped() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("direction", "outbound");
        form.put("category", "student");
        form.put("country", "DE");
        form.put("startDate", "2025-09-10");
        form.put("endDate", "2025-09-01");
        form.put("programme", "Summer school in Heidelberg");
        form.put("person.familyName", "Qian");
        officerSession.get("/mobility/new");
        WebSession.Page rejected = officerSession.post("/mobility", form);

        assertThat(rejected.status()).isEqualTo(400);
        String html = rejected.text();
        assertThat(html).contains("Please correct 4 entries");
        assertThat(errorOf(html, "iscedLevel")).startsWith("is required for students");
        assertThat(errorOf(html, "endDate")).isEqualTo("must be on or after the start date 2025-09-10");
        assertThat(errorOf(html, "funding")).startsWith("is required");
        assertThat(errorOf(html, "person.nationality")).isEqualTo("is required");
        assertThat(html).contains("value=\"Summer school in Heidelberg\"").contains("value=\"Qian\"")
                .contains("value=\"2025-09-10\"");
        assertThat(officerApi.get("/api/v1/mobility").json().get("total").asLong()).isZero();
    }

    @Test
    void recordsChangesAndDeletesThroughFormsWithTheHistoryAndAFriendlyConflict() {
        officerSession.get("/mobility/new");
        WebSession.Page created = officerSession.post("/mobility", studentForm("Zhou", "0"));
        assertThat(created.status()).isEqualTo(302);
        String path = created.locationPath();
        assertThat(path).matches("/mobility/\\d+");

        String detail = officerSession.get(path).text();
        assertThat(detail).contains("The mobility has been recorded.").contains("Zhou").contains("153 days")
                .contains("<td>created</td>");

        officerSession.get(path + "/edit");
        Map<String, String> changed = studentForm("Zhou", "0");
        changed.put("programme", "Double degree");
        assertThat(officerSession.post(path, changed).status()).isEqualTo(302);

        Map<String, String> stale = studentForm("Zhou", "0");
        stale.put("programme", "Another idea");
        WebSession.Page conflict = officerSession.post(path, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this record while you were editing it")
                .contains("value=\"Another idea\"").contains("name=\"version\" value=\"1\"");

        String history = officerSession.get(path).text();
        assertThat(history).contains("Double degree").contains("<td>changed</td>").contains("<td>created</td>");

        WebSession.Page deleted = officerSession.post(path + "/delete?version=1", Map.of());
        assertThat(deleted.locationPath()).isEqualTo("/mobility");
        assertThat(officerSession.get(path).status()).isEqualTo(404);
    }

    @Test
    void showsThePersonOnlyToThoseWhoMaySeePersonalData() {
        long id = record("outbound", "DE", "2024-09-01", 0, "Hidalgo", "Exchange");
        UserAccount viewer = testUsers.newUser(Role.VIEWER, tenant, port).account();
        WebSession viewerSession = WebSession.signIn(port, viewer.username(), TestUsers.PASSWORD);

        String list = viewerSession.get("/mobility").text();
        assertThat(list).contains("one record").contains("Exchange").doesNotContain("Hidalgo")
                .doesNotContain("data-test=\"new-mobility\"");
        String detail = viewerSession.get("/mobility/" + id).text();
        assertThat(detail).contains("data-test=\"person-hidden\"").doesNotContain("Hidalgo")
                .doesNotContain("hidalgo@");
        assertThat(viewerSession.get("/mobility/export?format=csv").text()).doesNotContain("Hidalgo");

        assertThat(officerSession.get("/mobility/" + id).text()).contains("Hidalgo").contains("hidalgo@example.edu.cn");
        assertThat(viewerSession.post("/mobility/" + id + "/delete", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void exportsTheFilteredListWithFormulaLikeCellsNeutralised() throws IOException {
        record("outbound", "DE", "2024-09-01", 0, "+Evil", "=HYPERLINK(\"http://x\")");
        record("inbound", "JP", "2024-09-01", 0, "Plain", "Visit");

        WebSession.Page csv = officerSession.get("/mobility/export?format=csv&country=DE");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Direction", "Family name", "Record number");
        assertThat(lines.get(1)).contains("'=HYPERLINK", "'+Evil").doesNotContain("Plain");

        WebSession.Page xlsx = officerSession.get("/mobility/export?format=xlsx&country=DE");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("'+Evil");
        }
    }

    @Test
    void importsAGoodFileOnceAndUpdatesOnTheSecondImport() {
        String csv = "\uFEFF方向,类别,学历层次,国家或地区,开始日期,结束日期,经费来源,姓,名,国籍,学号或工号,项目名称\n"
                + "出国,学生,硕士,DE,2025年9月1日,2026年1月31日,政府奖学金,王,芳,CN,2023010001,交换\n"
                + "来华,访问学者,,JP,01/10/2025,31/12/2025,合作方资助,Sato,Ken,JP,,研究访问\n";
        ImportOutcome first = importMobility(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(first.created()).isEqualTo(2);

        ImportOutcome again = importMobility(csv.replace("交换", "双学位").getBytes(StandardCharsets.UTF_8));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(officerApi.get("/api/v1/mobility").json().get("total").asLong()).isEqualTo(2);
        assertThat(officerSession.get("/mobility?direction=outbound").text()).contains("双学位").contains("王, 芳");
    }

    @Test
    void refusesABadFileAsAWholeAndReportsEachRow() {
        String csv = "Direction,Category,Country,Start date,End date,Funding,Family name,Nationality\n"
                + "outbound,student,DE,2025-09-01,2026-01-31,self-funded,Ok,CN\n"
                + "sideways,student,DE,2025-09-01,2026-01-31,self-funded,Bad,CN\n"
                + "outbound,visiting-scholar,XX,2025-09-01,2025-08-01,self-funded,Worse,CN\n";
        ImportOutcome outcome = importMobility(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        // row 2: a student without level; row 3: an unknown direction; row 4: unknown country and end before start
        assertThat(outcome.problems()).extracting(problem -> problem.row() + " " + problem.column())
                .containsExactly("2 ISCED level / 学历层次", "3 Direction", "4 Country", "4 End date");
        assertThat(outcome.problems().get(1).value()).isEqualTo("sideways");
        assertThat(officerApi.get("/api/v1/mobility").json().get("total").asLong()).isZero();
    }

    @Test
    void readsAGbkFileAndAnExcelWorkbook() throws IOException {
        String csv = "方向,类别,国家或地区,开始日期,结束日期,经费来源,姓,国籍\n"
                + "派出,教师授课,FR,2025/9/1,2025/9/30,学校资助,赵,CN\n";
        ImportOutcome gbk = importMobility(csv.getBytes(Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(officerSession.get("/mobility?country=FR").text()).contains("赵").contains("Staff (teaching)");

        byte[] workbook;
        try (XSSFWorkbook excel = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = excel.createSheet("Data");
            String[] headers = { "Direction", "Category", "Country", "Start date", "End date", "Funding",
                "Family name", "Nationality", "ISCED level" };
            Object[] values = { "inbound", "student", "KZ", java.time.LocalDate.of(2025, 9, 1),
                java.time.LocalDate.of(2026, 6, 30), "government-scholarship", "Nurlanov", "KZ", 6 };
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            var dates = excel.createCellStyle();
            dates.setDataFormat(excel.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int column = 0; column < headers.length; column++) {
                header.createCell(column).setCellValue(headers[column]);
                var cell = row.createCell(column);
                if (values[column] instanceof java.time.LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(dates);
                }
                else if (values[column] instanceof Integer number) {
                    cell.setCellValue(number);
                }
                else {
                    cell.setCellValue(values[column].toString());
                }
            }
            excel.write(out);
            workbook = out.toByteArray();
        }
        ImportOutcome xlsx = importMobility(workbook);
        assertThat(xlsx.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        String page = officerSession.get("/mobility?country=KZ").text();
        assertThat(page).contains("Nurlanov").contains("Sep 1, 2025");
    }

    @Test
    void theDashboardCountsTheWindowAndLinksEachFigureToItsList() {
        org.meridian.core.mobility.AcademicYear year = org.meridian.core.mobility.AcademicYear
                .containing(java.time.LocalDate.now());
        String thisYear = year.firstDay().plusDays(10).toString();
        String threeYearsAgo = year.firstDay().minusYears(3).plusDays(30).toString();
        String sixYearsAgo = year.firstDay().minusYears(6).toString();
        for (int day = 0; day < 3; day++) {
            record("outbound", "DE", thisYear, day, "Fan" + day, "Exchange");
        }
        record("inbound", "KZ", thisYear, 0, "Nur", "Visit");
        record("outbound", "FR", threeYearsAgo, 0, "Gao", "Exchange");
        record("outbound", "FR", threeYearsAgo, 1, "Hu", "Exchange");
        record("inbound", "JP", sixYearsAgo, 0, "Ito", "Visit");

        String html = officerSession.get("/").text();
        int first = year.startYear() - 4;
        assertThat(figure(html, "kpi-outbound-year")).isEqualTo("3");
        assertThat(figure(html, "kpi-inbound-year")).isEqualTo("1");
        // five academic years: the three German and two French records outbound, the Kazakh one inbound (not Japan)
        assertThat(figure(html, "kpi-outbound-window")).isEqualTo("5");
        assertThat(figure(html, "kpi-inbound-window")).isEqualTo("1");
        String germany = "/mobility?direction=outbound&amp;country=DE&amp;yearFrom=" + first + "&amp;yearTo="
                + year.startYear();
        assertThat(html).contains("href=\"" + germany + "\"");
        assertThat(officerSession.get(germany.replace("&amp;", "&")).text()).contains("3 records");
        assertThat(tableRow(html, "figure-group", "oecd")).containsSubsequence(">0<", ">5<", ">5<");
        assertThat(tableRow(html, "figure-group", "belt-and-road")).containsSubsequence(">1<", ">0<", ">1<");
        assertThat(tableRow(html, "figure-region", "150")).contains("Europe").containsSubsequence(">0<", ">5<");
        assertThat(html).contains("data-test=\"slot-active-agreements\"", "data-test=\"slot-expiring-agreements\"",
                "/geo/world.zh.json").doesNotContain("demo-banner");
    }

    /**
     * Four officers read the dashboard of an institution with 3,000 mobility records at once, 25 times each;
     * every answer must be complete. The render times (median and 95th percentile) are printed, not judged.
     */
    @Test
    void servesTheDashboardToConcurrentUsers() throws Exception {
        String[] countries = { "DE", "FR", "GB", "US", "JP", "KZ", "RU", "AU", "TH", "EG" };
        String[] fields = { "011", "021", "031", "041", "051", "061", "071", "081", "091", "101" };
        StringBuilder csv = new StringBuilder("Direction,Category,Country,Start date,End date,Funding,Family name,"
                + "Nationality,Student or staff number,ISCED field\n");
        java.time.LocalDate first = org.meridian.core.mobility.AcademicYear.containing(java.time.LocalDate.now())
                .firstDay().minusYears(4);
        for (int row = 0; row < 3000; row++) {
            java.time.LocalDate start = first.plusDays(row % 1800);
            csv.append(row % 3 == 0 ? "inbound" : "outbound").append(",visiting-scholar,")
                    .append(countries[row % countries.length]).append(',').append(start).append(',')
                    .append(start.plusDays(30)).append(",institutional,Person").append(row).append(",CN,S").append(row)
                    .append(',').append(fields[row % fields.length]).append('\n');
        }
        assertThat(importMobility(csv.toString().getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(3000);

        List<WebSession> users = new java.util.ArrayList<>();
        for (int user = 0; user < 4; user++) {
            users.add(WebSession.signIn(port, testUsers.newUser(Role.OFFICER, tenant, port).account().username(),
                    TestUsers.PASSWORD));
        }
        List<Long> millis = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(users.size());
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (WebSession user : users) {
                runs.add(pool.submit(() -> {
                    for (int request = 0; request < 25; request++) {
                        long start = System.nanoTime();
                        WebSession.Page page = user.get("/");
                        millis.add((System.nanoTime() - start) / 1_000_000);
                        statuses.add(page.text().contains("data-test=\"figure-field\"") ? page.status() : -1);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(statuses).hasSize(100).containsOnly(200);
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("Dashboard render, 3,000 records, 4 concurrent users x 25: median %d ms, p95 %d ms%n",
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    @Test
    void labelsADemonstrationInstitution() {
        long demo = tenants.add("demo-" + java.util.UUID.randomUUID().toString().substring(0, 8), "Demo U", "示范大学",
                "CN", null, true);
        UserAccount reader = testUsers.newUser(Role.VIEWER, demo, port).account();
        String html = WebSession.signIn(port, reader.username(), TestUsers.PASSWORD).get("/").text();
        assertThat(html).contains("class=\"demo-banner\"").contains("Demonstration data");
    }

    private static String figure(String html, String test) {
        Matcher matcher = Pattern.compile("data-test=\"" + test + "\"[^>]*>\\s*<span class=\"kpi-value\">([^<]*)<")
                .matcher(html);
        assertThat(matcher.find()).as(test).isTrue();
        return matcher.group(1);
    }

    /** The row of a figure's table for one key, as HTML. */
    private static String tableRow(String html, String figure, String key) {
        String section = html.substring(html.indexOf("data-test=\"" + figure + "\""));
        int start = section.indexOf("data-key=\"" + key + "\"");
        assertThat(start).as(figure + " " + key).isNotNegative();
        return section.substring(start, section.indexOf("</tr>", start));
    }

    private ImportOutcome importMobility(byte[] content) {
        ImportOutcome[] outcome = new ImportOutcome[1];
        tenancy.runAs(new CurrentUser(officer.id(), officer.username(), officer.displayName(), Role.OFFICER, tenant,
                "en"), () -> outcome[0] = importing.run(importTypes.byName("mobility").orElseThrow(), content,
                        ImportProgress.NONE));
        return outcome[0];
    }

    /** Records a mobility through the API; returns its id. */
    private long record(String direction, String country, String firstStart, int daysLater, String familyName,
            String programme) {
        java.time.LocalDate start = java.time.LocalDate.parse(firstStart).plusDays(daysLater);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("direction", direction);
        draft.put("category", "visiting-scholar");
        draft.put("country", country);
        draft.put("startDate", start.toString());
        draft.put("endDate", start.plusDays(60).toString());
        draft.put("programme", programme);
        draft.put("funding", "institutional");
        draft.put("person", Map.of("familyName", familyName, "givenName", "A", "nationality", "CN", "email",
                familyName.toLowerCase().replace("+", "") + "@example.edu.cn"));
        ApiClient.Response response = officerApi.post("/api/v1/mobility", draft);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static Map<String, String> studentForm(String familyName, String version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("direction", "outbound");
        form.put("category", "student");
        form.put("iscedLevel", "7");
        form.put("country", "DE");
        form.put("startDate", "2024-09-01");
        form.put("endDate", "2025-01-31");
        form.put("funding", "government-scholarship");
        form.put("person.familyName", familyName);
        form.put("person.nationality", "CN");
        form.put("version", version);
        return form;
    }

    private static List<String> rows(String html) {
        Matcher matcher = ROW.matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** The message shown beside a field. */
    private static String errorOf(String html, String field) {
        Matcher matcher = Pattern.compile("id=\"field-" + Pattern.quote(field)
                + "-error\">\\s*<span>([^<]*)</span>").matcher(html);
        assertThat(matcher.find()).as("an error beside " + field).isTrue();
        return matcher.group(1);
    }
}
