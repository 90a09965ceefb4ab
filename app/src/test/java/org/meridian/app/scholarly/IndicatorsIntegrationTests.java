package org.meridian.app.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.web.Browser;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ReadProgress;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.WorkFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class IndicatorsIntegrationTests {

    private static final int FROM = 2010;
    private static final int TO = 2020;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AnalyticsStore store;

    ApiClient viewer;

    @BeforeEach
    void ingestTheSample() throws Exception {
        new IngestingOpenAlex(store, new IngestOptions(1, 0.01)).ingest(sample(), reading -> { });
        viewer = testUsers.newUser(Role.VIEWER, testUsers.newTenant("Indicator Reader U"), port).api();
    }

    @Test
    void countsEveryArticleAndReviewWithATopicInThePeriodForTheWorld() throws Exception {
        List<Work> counted = sampleWorksInPeriod();
        long internationalWorks = counted.stream().filter(work -> countries(work).size() >= 2).count();

        ApiClient.Response response = viewer.get("/api/v1/indicators?unitType=world&from=" + FROM + "&to=" + TO);

        assertThat(response.status()).isEqualTo(200);
        JsonNode row = response.json().get(0);
        assertThat(response.json().size()).isEqualTo(1);
        assertThat(row.get("unit_id").asString()).isEqualTo("world");
        assertThat(row.get("p").asDouble()).isEqualTo(counted.size());
        assertThat(row.get("p_int_collab").asDouble()).isEqualTo(internationalWorks);
        assertThat(row.get("mncs").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row.get("activity_index").asDouble()).isEqualTo(1.0);
    }

    @Test
    void countsACountryOnceForEveryWorkItAppearsOnUnderFullCounting() throws Exception {
        long germanWorks = sampleWorksInPeriod().stream().filter(work -> countries(work).contains("DE")).count();

        ApiClient.Response response = viewer.get("/api/v1/indicators?unitType=country&unit=de&counting=full&from="
                + FROM + "&to=" + TO);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(1);
        assertThat(response.json().get(0).get("unit_name").asString()).isEqualTo("Germany");
        assertThat(response.json().get(0).get("p").asDouble()).isEqualTo(germanWorks);
    }

    @Test
    void writesTheTwentyFourColumnsInOrderAsCsv() {
        ApiClient.Response response = viewer.get("/api/v1/indicators?unitType=country-group&fieldLevel=domain"
                + "&format=csv&from=" + FROM + "&to=" + TO);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String header = response.text().lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo("unit_type,unit_id,unit_name,field_level,field_id,field_name,period_from,"
                + "period_to,counting,p,p_collab,pp_collab,p_int_collab,pp_int_collab,p_industry,pp_industry,tcs,mcs,"
                + "tncs,mncs,p_top10,pp_top10,pp_int_collab_led,activity_index");
        assertThat(response.text().lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("country_group,"));
    }

    @Test
    void givesOneRowPerYearForTrends() throws Exception {
        long yearsWithWorks = sampleWorksInPeriod().stream().map(Work::publicationYear).distinct().count();

        ApiClient.Response response = viewer.get("/api/v1/indicators?trend=true&from=" + FROM + "&to=" + TO);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo((int) yearsWithWorks);
    }

    @Test
    void refusesAnUnknownFieldLevelWith400() {
        ApiClient.Response response = viewer.get("/api/v1/indicators?fieldLevel=galaxy");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("fieldLevel");
    }

    @Test
    void refusesMoreBootstrapResamplesThanTheCapWith400() {
        ApiClient.Response response = viewer.get("/api/v1/indicators?unitType=world&bootstrap=20000");

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("bootstrap");
        assertThat(error.get("message").asString()).contains("0 to 10,000 bootstrap resamples");
    }

    @Test
    void showsTheExplorerWithTheTableAndTheChartDataOfTheChosenUnits() throws Exception {
        long counted = sampleWorksInPeriod().size();

        ApiClient.Response page = viewer.get("/indicators?unit=world&unit=country:DE&fieldLevel=all&from=" + FROM
                + "&to=" + TO);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("data-test=\"indicator-table\"").contains("id=\"strategic-map\"")
                .contains("\"unit_id\":\"world\"").contains("\"unit_id\":\"DE\"")
                .contains("data-value=\"" + (double) counted + "\"");
    }

    @Test
    void exportsTheExplorerTableAsCsv() throws Exception {
        long counted = sampleWorksInPeriod().size();

        ApiClient.Response csv = viewer.get("/indicators/export.csv?unit=world&fieldLevel=all&from=" + FROM + "&to="
                + TO);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines().toList()).hasSize(2);
        assertThat(csv.text().lines().skip(1).findFirst().orElseThrow())
                .startsWith("world,world,World,all,all,All fields," + FROM + "," + TO + ",full," + counted + ",");
    }

    @Test
    void drawsTheStrategicMapAndTheTrendInTheBrowserAndSortsTheTable() {
        TestUsers.Caller analyst = testUsers.newUser(Role.ANALYST, testUsers.newTenant("Indicator Browser U"), port);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(analyst.account().username(), TestUsers.PASSWORD)
                    .visit("/indicators?unit=world&unit=country:US&unit=country:GB&fieldLevel=field&from=" + FROM
                            + "&to=" + TO);
            browser.waitForText("h1", "Publication indicators");
            browser.driver().manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(10));
            assertThat(browser.all("#strategic-map canvas")).isNotEmpty();
            assertThat(browser.all("#trend-chart canvas")).isNotEmpty();
            browser.screenshot("indicators-explorer");

            browser.find("table.sortable thead th:nth-child(3)").click();
            browser.find("table.sortable thead th:nth-child(3)").click();
            List<Double> sorted = browser.all("table.sortable tbody td:nth-child(3)").stream()
                    .map(cell -> Double.parseDouble(cell.getAttribute("data-value"))).toList();
            assertThat(sorted).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void refusesAnonymousCallers() {
        assertThat(new ApiClient(port, null).get("/api/v1/indicators").status()).isEqualTo(401);
    }

    /** The sample's articles and reviews with a primary topic published in the period, read with the core reader. */
    static List<Work> sampleWorksInPeriod() throws Exception {
        Path sample = sample();
        List<Work> works = new ArrayList<>();
        new OpenAlexWorkReader().read(new WorkFile(sample, Files.size(sample), null, -1), (work, line) -> {
            if (Set.of("article", "review").contains(work.type()) && work.primaryTopic() != null
                    && work.publicationYear() >= FROM && work.publicationYear() <= TO) {
                works.add(work);
            }
        }, ReadProgress.NONE, false);
        return works;
    }

    /** The distinct countries of a work: each authorship's countries, else its institutions'; HK and MO as CN. */
    static Set<String> countries(Work work) {
        Set<String> countries = new HashSet<>();
        for (Authorship authorship : work.authorships()) {
            List<String> own = new ArrayList<>(authorship.countries());
            if (own.isEmpty()) {
                authorship.institutions().stream().map(Affiliation::countryCode).filter(code -> code != null)
                        .forEach(own::add);
            }
            own.forEach(code -> countries.add("HK".equals(code) || "MO".equals(code) ? "CN" : code));
        }
        return countries;
    }

    static Path sample() {
        return SharedSamples.openAlexWorks("works_sample.jsonl.gz");
    }
}
