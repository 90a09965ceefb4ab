package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.security.Role;
import org.meridian.app.web.WebSession;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Unit;
import org.meridian.core.matching.PartnerWeights;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class BringInIntegrationTests {

    private static boolean ingested;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AnalyticsStore store;

    @Autowired
    BringingIn bringingIn;

    long tenant;
    ApiClient officer;
    ApiClient viewer;
    String home;

    @BeforeEach
    void generatedWorksAndAnInstitution() throws Exception {
        if (!ingested) {
            GeneratedStore.ingest(store, GeneratedStore.SMALL);
            ingested = true;
        }
        tenant = testUsers.newTenant("Bring In Test University");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
        viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        home = largestInstitution().id();
    }

    private Landscape landscape() {
        return bringingIn.answers().orElseThrow().analysis().landscape();
    }

    private Unit largestInstitution() {
        return GeneratedStore.largestInstitution(landscape());
    }

    @Test
    void classifiesTheHomesFieldsWithTheirReasonsInNumbers() {
        Response response = officer.get("/api/v1/insight/bring-in/gaps?home=" + home);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode fields = response.json().get("fields");
        assertThat(fields.size()).isGreaterThan(10);
        List<String> classes = new ArrayList<>();
        for (JsonNode field : fields) {
            for (JsonNode classification : field.get("classes")) {
                String gapClass = classification.get("gapClass").asString();
                classes.add(gapClass);
                assertThat(classification.get("reason").asString()).isNotBlank();
                if (gapClass.equals("STRENGTH")) {
                    // the documented thresholds: activity index above 1 and MNCS above the world's
                    assertThat(field.get("activityIndex").asDouble()).isGreaterThan(1);
                    assertThat(field.get("relativeImpact").asDouble()).isGreaterThan(1);
                }
                if (gapClass.equals("WEAKNESS")) {
                    assertThat(field.get("p").asDouble()).isGreaterThanOrEqualTo(5);
                    assertThat(field.get("relativeImpact").asDouble()).isLessThan(1);
                }
            }
        }
        assertThat(classes).contains("STRENGTH");
        assertThat(response.json().get("demandSources").get(0).get("source").asString()).contains("Five-Year Plan");
    }

    @Test
    void saysWhichRecordedDemandCouldNotBeMappedToAField() {
        long partner = officer.post("/api/v1/partners", Map.of("kind", "institution", "name", "Hotel School Lausanne",
                "country", "CH")).json().get("id").asLong();
        Response agreement = officer.post("/api/v1/agreements", Map.of("title", "Hospitality exchange", "type",
                "student-exchange", "parties", List.of(Map.of("partnerId", partner)), "iscedFields", List.of("1015")));
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(201);

        JsonNode gaps = officer.get("/api/v1/insight/bring-in/gaps?home=" + home).json();

        JsonNode unmapped = gaps.get("unmappedDemand");
        assertThat(unmapped.size()).isEqualTo(1);
        assertThat(unmapped.get(0).get("iscedCode").asString()).isEqualTo("1015");
        assertThat(unmapped.get(0).get("agreements").asInt()).isEqualTo(1);
        assertThat(gaps.get("notes").get(0).asString()).contains("1015", "not counted");
    }

    @Test
    void ranksKPartnersWithFactorsBetweenZeroAndOne() {
        Response response = officer.get("/api/v1/insight/bring-in/partners?home=" + home + "&k=7");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items.size()).isEqualTo(7);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(item.get("institutionId").asString()).isNotEqualTo(home);
            JsonNode factors = item.get("factors");
            for (String factor : List.of("strength", "complementarity", "feasibility", "diversity")) {
                assertThat(factors.get(factor).asDouble()).as(factor).isBetween(0.0, 1.0);
            }
            assertThat(item.get("reason").asString()).isNotBlank();
        }
        assertThat(response.json().get("targetFields").size()).isPositive();
    }

    @Test
    void ranksByTheWeightsTheCallerChooses() {
        Response response = officer.get("/api/v1/insight/bring-in/partners?home=" + home
                + "&k=10&weights=strength:1,complementarity:0,feasibility:0,diversity:0");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode weights = response.json().get("weights");
        assertThat(weights.get("strength").asDouble()).isEqualTo(1.0);
        assertThat(weights.get("feasibility").asDouble()).isZero();
        assertThat(weights.get("proximity").asDouble()).isEqualTo(PartnerWeights.defaults().proximity());
        // only strength counts: the ranking follows it
        List<Double> strengths = new ArrayList<>();
        response.json().get("items").forEach(item -> strengths.add(item.get("factors").get("strength").asDouble()));
        assertThat(strengths).hasSize(10).isSortedAccordingTo(Comparator.reverseOrder());

        Response refused = officer.get("/api/v1/insight/bring-in/partners?home=" + home + "&weights=novelty:1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("weights", "unknown weight 'novelty'");
        assertThat(officer.get("/bring-in/shortlist.xlsx?home=" + home + "&weights=strength:-1").status()).isEqualTo(400);
    }

    @Test
    void keepsToTheCountriesOfAGroup() {
        JsonNode items = officer.get("/api/v1/insight/bring-in/partners?home=" + home + "&k=5&groups=oecd").json()
                .get("items");

        for (JsonNode item : items) {
            assertThat(CountryGroups.shipped().members("oecd").orElseThrow()).contains(item.get("country").asString());
        }
    }

    @Test
    void shortlistsARecommendationAsAProspectivePartnerAndADraftAgreement() {
        String recommended = officer.get("/api/v1/insight/bring-in/partners?home=" + home + "&k=1").json()
                .get("items").get(0).get("institutionId").asString();

        Response partner = officer.post("/api/v1/insight/bring-in/shortlist/partners",
                Map.of("institutionId", recommended, "reason", "strong where we are weak"));
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        JsonNode listed = officer.get("/api/v1/partners?q=" + recommended).json().get("items");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("level").asString()).isEqualTo("prospective");
        assertThat(listed.get(0).get("tags").get(0).asString()).isEqualTo("recommended");

        String computerScienceSubfield = landscape().taxonomy().ids(FieldLevel.SUBFIELD).stream()
                .filter(id -> id.startsWith("17")).findFirst().orElseThrow();
        Response agreement = officer.post("/api/v1/insight/bring-in/shortlist/agreements",
                Map.of("institutionId", recommended, "fields", List.of(computerScienceSubfield)));
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(201);
        JsonNode drafted = agreement.json().get("agreement");
        assertThat(drafted.get("status").asString()).isEqualTo("draft");
        assertThat(drafted.get("iscedFields").get(0).asString()).isEqualTo("061");
        assertThat(drafted.get("parties").get(0).get("partnerId").asLong())
                .isEqualTo(partner.json().get("partner").get("id").asLong());
        assertThat(agreement.json().get("partnerCreated").asBoolean()).isFalse();
    }

    @Test
    void refusesTheShortlistToViewers() {
        Response response = viewer.post("/api/v1/insight/bring-in/shortlist/partners", Map.of("institutionId", home));

        assertThat(response.status()).isEqualTo(403);
        assertThat(officer.get("/api/v1/partners?q=" + home).json().get("items").size()).isZero();
    }

    @Test
    void givesEveryReasonOfThePageInChineseToAChineseReader() {
        TestUsers.Caller reader = testUsers.newUser(Role.OFFICER, tenant, port);
        WebSession session = WebSession.signIn(port, reader.account().username(), TestUsers.PASSWORD);
        session.post("/language", Map.of("lang", "zh", "returnTo", "/"));

        String page = session.get("/bring-in?home=" + home + "&field=17").text();

        assertThat(page).contains("专长领域：活动指数").doesNotContain("specialised: activity index");
        assertThat(page).contains("目标领域实力").doesNotContain("in the targets");
        assertThat(page).contains("位于前 10%").doesNotContain("works in the top 10%");
        assertThat(page).contains("领域归一化产出").doesNotContain("field-normalised output");
        assertThat(officer.send(officer.request("/bring-in?home=" + home).header("Accept", "text/html").GET()).text())
                .contains("specialised: activity index");
    }

    @Test
    void showsTheGapMapPartnersTalentAndShortlistActionsOnThePage() {
        Response page = officer.send(officer.request("/bring-in?home=" + home + "&field=17")
                .header("Accept", "text/html").GET());

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.text()).contains("data-test=\"gap-map\"", "data-test=\"frontier\"", "data-test=\"talent\"",
                "Add as prospective partner", "/bring-in/shortlist.xlsx", "partner-map");
        assertThat(page.text().split("data-test=\"partner-row\"", -1)).hasSize(11);
        Response viewerPage = viewer.send(viewer.request("/bring-in?home=" + home).header("Accept", "text/html").GET());
        assertThat(viewerPage.text()).doesNotContain("Add as prospective partner");
        Response reweighted = officer.send(officer.request("/bring-in?home=" + home + "&weights=complementarity:0.6")
                .header("Accept", "text/html").GET());
        assertThat(reweighted.text()).contains("value=\"complementarity:0.6\"",
                "/bring-in/shortlist.xlsx?home=" + home + "&amp;weights=complementarity:0.6");
        Response wrong = officer.send(officer.request("/bring-in?home=" + home + "&weights=novelty:1")
                .header("Accept", "text/html").GET());
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("unknown weight &#39;novelty&#39;").doesNotContain("data-test=\"partner-row\"");
    }

    @Test
    void exportsTheShortlistWithItsEvidenceAsXlsxAndPdf() throws Exception {
        Response xlsx = officer.get("/bring-in/shortlist.xlsx?home=" + home);
        Response pdf = officer.get("/bring-in/shortlist.pdf?home=" + home);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(cells(xlsx.bytes())).contains("Recommended partners", "Evidence", "Why: the gap map")
                .anyMatch(cell -> cell.startsWith("strength ") && cell.contains("in the targets"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void exportsTheShortlistInTheReadersLanguage() throws Exception {
        TestUsers.Caller reader = testUsers.newUser(Role.OFFICER, tenant, port);
        WebSession session = WebSession.signIn(port, reader.account().username(), TestUsers.PASSWORD);
        session.post("/language", Map.of("lang", "zh", "returnTo", "/"));

        WebSession.Page xlsx = session.get("/bring-in/shortlist.xlsx?home=" + home);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(cells(xlsx.bytes())).contains("推荐合作伙伴", "证据", "依据：差距图", "优势")
                .anyMatch(cell -> cell.startsWith("目标领域实力"))
                .noneMatch(cell -> cell.contains("in the targets") || cell.startsWith("specialised"));
    }

    private static List<String> cells(byte[] workbookBytes) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return cells;
    }
}
