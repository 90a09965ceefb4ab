package org.meridian.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.agreements.RecordFixtures;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The insight API on both databases: national statistics, balances, scorecard, weightings, coverage and roles. */
@MeridianIntegrationTest
class InsightApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    InsightCache cache;

    String tenantName;
    long tenant;
    ApiClient officer;

    @BeforeEach
    void newInstitution() {
        tenantName = "Insight U " + UUID.randomUUID();
        tenant = testUsers.newTenant(tenantName);
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
    }

    @Test
    void showsChinasNationalViewWithSourcesBesideTheFigures() {
        ApiClient.Response response = officer.get("/api/v1/insight/national/cn");

        assertThat(response.status()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.at("/country/nameZh").asString()).isEqualTo("中国");
        assertThat(view.at("/mobility/source").asString()).isEqualTo("uis");
        JsonNode year2022 = row(view.at("/mobility/years"), 2022);
        assertThat(year2022.get("inbound").asDouble()).isEqualTo(210_903);
        assertThat(year2022.get("netFlow").asDouble()).isEqualTo(-841_380);
        assertThat(year2022.get("outbound").asDouble()).isEqualTo(1_052_283);
        JsonNode works2023 = row(view.at("/coauthorship/years"), 2023);
        assertThat(works2023.get("internationalWorks").asLong()).isEqualTo(237_887);
        assertThat(works2023.at("/top/0/alpha2").asString()).isEqualTo("US");
        assertThat(works2023.at("/top/0/count").asDouble()).isEqualTo(72_794);
        assertThat(works2023.at("/top/0/share").asDouble()).isCloseTo(72_794 / 237_887.0, within(1e-12));
        assertThat(row(view.at("/outboundStudentPartners/years"), 2019).at("/top/0/count").asDouble())
                .isEqualTo(340_221.5);
        assertThat(view.at("/inboundStudentPartners/years").size()).isZero();
        assertThat(view.get("sources").findValuesAsString("id")).containsExactly("uis", "owid", "oecd", "openalex",
                "openalex-fields");
        JsonNode energy = view.at("/fieldActivity/fields/0");
        assertThat(energy.get("name").asString()).isEqualTo("Energy");
        assertThat(energy.get("activityIndex").asDouble()).isCloseTo(4.2668, within(1e-4));
        assertThat(view.get("sources").get(0).get("asOf").asString()).isEqualTo("2025-02-23");
        assertThat(officer.get("/api/v1/insight/national/XX").status()).isEqualTo(404);
        JsonNode indicators = view.get("scorecardIndicators");
        assertThat(indicators.size()).isEqualTo(14);
        assertThat(indicators.findParents("value").stream().filter(indicator -> !indicator.get("value").isNull())
                .map(indicator -> indicator.get("id").asString())).containsExactlyInAnyOrder("inbound_students",
                        "partner_countries", "partner_regions");
        JsonNode inbound = withId(indicators, "inbound_students");
        assertThat(inbound.get("value").asDouble()).isEqualTo(210_903);
        assertThat(inbound.get("source").asString()).isEqualTo("uis");
        JsonNode mncs = withId(indicators, "mncs");
        assertThat(mncs.get("whyNoneEn").asString()).contains("citations");
        assertThat(mncs.get("whyNoneZh").asString()).contains("被引");
    }

    @Test
    void reportsTheQuirksOfTheStatisticsImport() {
        JsonNode reports = officer.get("/api/v1/insight/statistics/report").json();

        JsonNode uis = reports.get(0);
        assertThat(uis.get("source").asString()).isEqualTo("uis_mobile_students_long.csv");
        assertThat(uis.get("rowsRead").asLong()).isEqualTo(9_186);
        assertThat(uis.get("findings").findValuesAsString("finding")).contains("REGIONAL_AGGREGATE", "UIS_ESTIMATE",
                "MISSING_YEAR");
        JsonNode oecd = reports.get(3);
        assertThat(oecd.get("findings").findValuesAsString("finding")).contains("RENAMED_COUNTRY",
                "REPAIRED_ENCODING", "HOST_YEAR_ALL_ZERO");
    }

    @Test
    void balancesChinasStudentsFromTheStatistics() {
        JsonNode balance = officer.get("/api/v1/insight/balance?scope=country&country=CN&from=2022&to=2022").json();

        JsonNode all = balance.get("period").get(0);
        assertThat(all.get("scopeKind").asString()).isEqualTo("all");
        assertThat(all.get("source").asString()).isEqualTo("uis");
        assertThat(all.at("/channels/students/bringingIn").asLong()).isEqualTo(210_903);
        assertThat(all.at("/channels/students/goingGlobal").asLong()).isEqualTo(1_052_283);
        assertThat(all.at("/channels/students/index").asDouble())
                .isCloseTo((210_903 - 1_052_283) / 1_263_186.0, within(1e-12));
        assertThat(all.get("overall").asDouble()).isCloseTo((210_903 - 1_052_283) / 1_263_186.0, within(1e-12));
        JsonNode note = balance.get("notes").get(0);
        assertThat(note.get("code").asString()).isEqualTo("insight.balance.note.nationalStudentsOnly");
        String oneSided = note.get("arguments").get(0).asString();
        assertThat(oneSided).matches("\\d+");
        assertThat(note.get("text").asString()).endsWith("only partners where both directions are reported that year ("
                + oneSided + " partners with one direction only are left out).");
    }

    @Test
    void balancesTheHomeInstitutionPerChannelFromItsRecords() {
        recordMobility("inbound", "student", "DE", 3);
        recordMobility("outbound", "student", "DE", 1);
        recordMobility("outbound", "student", "US", 1);
        recordMobility("inbound", "visiting-scholar", "JP", 1);
        recordEngagement("conference-hosted", "host", "FR");
        recordEngagement("committee-seat", "attendee", null);
        recordEngagement("committee-seat", "member", "CH");
        recordEngagement("programme-abroad", "lead", "KE");

        ApiClient.Response response = officer.get("/api/v1/insight/balance?scope=home");

        assertThat(response.status()).isEqualTo(200);
        JsonNode balance = response.json();
        assertThat(balance.get("fromYear").asInt()).isEqualTo(2024);
        JsonNode all = scope(balance.get("period"), "all", "all");
        assertCounts(all.at("/channels/students"), 3, 2, 0.2);
        assertCounts(all.at("/channels/staff-and-scholars"), 1, 0, 1.0);
        assertCounts(all.at("/channels/governance"), 1, 1, 0.0);
        assertCounts(all.at("/channels/programmes"), 0, 1, -1.0);
        assertThat(all.at("/channels/research").isMissingNode()).isTrue();
        assertThat(all.get("overall").asDouble()).isCloseTo((0.2 + 1 + 0 - 1) / 4, within(1e-12));
        assertCounts(scope(balance.get("period"), "country", "DE").at("/channels/students"), 3, 1, 0.5);
        assertCounts(scope(balance.get("period"), "country", "US").at("/channels/students"), 0, 1, -1.0);
        assertCounts(scope(balance.get("period"), "group", "OECD").at("/channels/students"), 3, 2, 0.2);
        assertThat(scope(balance.get("byYear"), "all", "all").get("fromYear").asInt()).isEqualTo(2024);
        assertThat(balance.get("channels").findValuesAsString("channel")).contains("programmes", "research");
        assertThat(balance.get("channels").get(3).get("measured").asBoolean()).isFalse();
    }

    @Test
    void keepsComputedFiguresUntilRecordsOrWeightingsChange() {
        AtomicInteger computed = new AtomicInteger();
        List<String> question = List.of(UUID.randomUUID().toString());
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(1);

        recordMobility("inbound", "student", "DE", 1);
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(2);
        recordEngagement("committee-seat", "member", "CH");
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(3);
        RecordFixtures.partner(officer, "Universität Wien", "AT");
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(4);
        assertThat(officer.post("/api/v1/insight/scorecard/variants", Map.of("name", "cache check", "pillars",
                Map.of("voice", 2.0))).status()).isEqualTo(200);
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(5);
        assertThat(cache.get("test", question, computed::incrementAndGet)).isEqualTo(5);
    }

    @Test
    void showsNewRecordsInTheNextScorecardAndBalance() {
        recordMobility("inbound", "student", "DE", 1);
        String scorecard = "/api/v1/insight/scorecard?peers=institutions&draws=20";
        assertThat(unit(officer.get(scorecard).json(), "tenant-" + tenant).at("/raw/inbound_students").asDouble())
                .isEqualTo(1);
        assertCounts(scope(officer.get("/api/v1/insight/balance?scope=home").json().get("period"), "all", "all")
                .at("/channels/students"), 1, 0, 1.0);

        recordMobility("outbound", "student", "FR", 1);
        recordMobility("inbound", "student", "DE", 1);

        assertThat(unit(officer.get(scorecard).json(), "tenant-" + tenant).at("/raw/inbound_students").asDouble())
                .isEqualTo(2);
        assertCounts(scope(officer.get("/api/v1/insight/balance?scope=home").json().get("period"), "all", "all")
                .at("/channels/students"), 2, 1, 1.0 / 3);
    }

    @Test
    void comparesAnInstitutionWithTheInstitutionsOfItsProvince() {
        String province = "CN-" + UUID.randomUUID().toString().substring(0, 3).toUpperCase(Locale.ROOT);
        ApiClient neighbour = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Neighbour U"), port).api();
        ApiClient faraway = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Faraway U"), port).api();
        String typed = province.toLowerCase(Locale.ROOT);
        assertThat(officer.put("/api/v1/insight/province", Map.of("province", typed)).json().get("province")
                .asString()).isEqualTo(province);
        neighbour.put("/api/v1/insight/province", Map.of("province", province));
        faraway.put("/api/v1/insight/province", Map.of("province", "CN-XJ"));
        recordMobility("inbound", "student", "DE", 2);
        recordMobility(neighbour, "inbound", "student", "FR", 1);
        recordMobility(faraway, "inbound", "student", "FR", 5);

        JsonNode scorecard = officer.get("/api/v1/insight/scorecard?peers=province&draws=20").json();

        assertThat(scorecard.get("units").size()).isEqualTo(2);
        assertThat(unit(scorecard, "tenant-" + tenant).get("rank").asDouble()).isEqualTo(1);
        JsonNode peers = scorecard.get("notes").get(0);
        assertThat(peers.get("code").asString()).isEqualTo("insight.scorecard.note.provincePeers.allYears");
        assertThat(peers.get("arguments").valueStream().map(JsonNode::asString)).containsExactly("2", province);
        assertThat(peers.get("text").asString()).isEqualTo("Peers: the 2 institutions of province " + province
                + ", from their records of all years.");
        assertThat(officer.get("/api/v1/insight/province").json().get("province").asString()).isEqualTo(province);
        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();
        JsonNode seenByAnalyst = analyst.get("/api/v1/insight/scorecard?peers=province&draws=20&province="
                + province).json();
        assertThat(seenByAnalyst.get("units").findValuesAsString("label")).containsExactlyInAnyOrder(tenantName,
                "Neighbour U");
        ApiClient withoutProvince = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Nowhere U"), port).api();
        ApiClient.Response refused = withoutProvince.get("/api/v1/insight/scorecard?peers=province&draws=20");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("province");
        assertThat(officer.put("/api/v1/insight/province", Map.of("province", "Guangdong")).status()).isEqualTo(400);
    }

    @Test
    void reproducesTheScorecardIntervalsFromItsSeed() {
        String query = "/api/v1/insight/scorecard?peers=countries&country=CN&draws=200&seed=7";
        JsonNode first = officer.get(query).json();
        JsonNode again = officer.get(query).json();

        assertThat(first.at("/uncertainty/seed").asLong()).isEqualTo(7);
        assertThat(first.get("units")).isEqualTo(again.get("units"));
        JsonNode china = first.get("units").findParents("id").stream()
                .filter(unit -> unit.get("id").asString().equals("CN")).findFirst().orElseThrow();
        assertThat(china.get("home").asBoolean()).isTrue();
        assertThat(china.at("/raw/inbound_students").asDouble()).isEqualTo(210_903);
        assertThat(china.get("lowerRank").asDouble()).isLessThanOrEqualTo(china.get("upperRank").asDouble());
        assertThat(first.get("droppedIndicators").size()).isEqualTo(11);
    }

    @Test
    void savesAWeightingAndScoresWithIt() {
        recordMobility("inbound", "student", "DE", 2);
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("name", "voice first");
        variant.put("pillars", Map.of("voice", 3.0));
        variant.put("indicators", Map.of("partner_regions", 0.0));
        ApiClient.Response saved = officer.post("/api/v1/insight/scorecard/variants", variant);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("tenantId").asLong()).isEqualTo(tenant);

        JsonNode scorecard = officer.get("/api/v1/insight/scorecard?peers=countries&draws=50&variant="
                + "voice%20first").json();
        assertThat(scorecard.get("variant").asString()).isEqualTo("voice first");
        JsonNode influence = scorecard.get("tree").get(0);
        assertThat(influence.get("weight").asDouble()).isEqualTo(1.0);
        assertThat(scorecard.get("tree").get(2).get("weight").asDouble()).isEqualTo(3.0);
        // countries have influence indicators only; partner_regions weighs 0: inbound and partners share the pillar
        assertThat(effectiveWeight(influence, "inbound_students")).isCloseTo(0.5, within(1e-12));
        assertThat(effectiveWeight(influence, "partner_regions")).isZero();

        ApiClient other = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Other U"), port).api();
        assertThat(other.get("/api/v1/insight/scorecard?draws=50&variant=voice%20first").status()).isEqualTo(404);
        variant.put("pillars", Map.of("charisma", 1.0));
        ApiClient.Response refused = officer.post("/api/v1/insight/scorecard/variants", variant);
        assertThat(refused.status()).isEqualTo(400);
        variant.put("pillars", Map.of());
        variant.put("global", true);
        assertThat(officer.post("/api/v1/insight/scorecard/variants", variant).status()).isEqualTo(403);
    }

    @Test
    void showsOtherInstitutionsNamesToAnalystsOnlyAndPeerNumbersToOfficers() {
        String otherName = "Named Peer U " + UUID.randomUUID();
        long otherTenant = testUsers.newTenant(otherName);
        ApiClient otherOfficer = testUsers.newUser(Role.OFFICER, otherTenant, port).api();
        recordMobility(otherOfficer, "inbound", "student", "FR", 5);
        recordMobility("inbound", "student", "DE", 2);
        recordMobility("outbound", "staff-teaching", "JP", 1);

        JsonNode seenByOfficer = officer.get("/api/v1/insight/scorecard?peers=institutions&draws=50").json();
        assertThat(seenByOfficer.get("namesShown").asBoolean()).isFalse();
        JsonNode own = unit(seenByOfficer, "tenant-" + tenant);
        assertThat(own.get("home").asBoolean()).isTrue();
        assertThat(own.at("/raw/inbound_students").asDouble()).isEqualTo(2);
        assertThat(own.at("/raw/partner_countries").asDouble()).isEqualTo(2);
        assertThat(own.at("/raw/partner_regions").asDouble()).isEqualTo(2);
        assertThat(seenByOfficer.toString()).doesNotContain(otherName).doesNotContain("tenant-" + otherTenant);
        assertThat(seenByOfficer.get("units").findValuesAsString("label")).filteredOn(label -> !label.equals(tenantName))
                .allMatch(label -> label.startsWith("Peer "));

        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();
        JsonNode seenByAnalyst = analyst.get("/api/v1/insight/scorecard?peers=institutions&draws=50").json();
        assertThat(seenByAnalyst.get("namesShown").asBoolean()).isTrue();
        assertThat(unit(seenByAnalyst, "tenant-" + otherTenant).get("label").asString()).isEqualTo(otherName);
        assertThat(unit(seenByAnalyst, "tenant-" + otherTenant).at("/raw/inbound_students").asDouble()).isEqualTo(5);
        ApiClient.Response noHome = analyst.get("/api/v1/insight/balance?scope=home");
        assertThat(noHome.status()).as(noHome.toString()).isEqualTo(400);
    }

    @Test
    void measuresBeltAndRoadCoverageByAgreementsAndMobilityAndMarksTheMissingSources() {
        recordMobility("inbound", "student", "KE", 1);
        recordMobility("outbound", "student", "DE", 1);
        long nairobi = RecordFixtures.partner(officer, "University of Nairobi", "KE");
        RecordFixtures.agreement(officer, RecordFixtures.agreementWith(List.of(nairobi), "status", "active",
                "startDate", "2024-03-01", "endDate", "2028-02-29"));

        JsonNode coverage = officer.get("/api/v1/insight/coverage?scope=home&group=BRI&region=Africa").json();

        assertThat(coverage.get("measures").findValuesAsString("id")).containsExactly("agreement", "mobility",
                "copublication");
        assertThat(coverage.get("measures").get(0).get("available").asBoolean()).isTrue();
        assertThat(coverage.get("measures").get(2).get("available").asBoolean()).isFalse();
        JsonNode year = coverage.get("years").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2024);
        int members = coverage.get("memberCount").asInt();
        assertThat(year.at("/counts/mobility").asInt()).isEqualTo(1);
        assertThat(year.at("/shares/mobility").asDouble()).isCloseTo(1.0 / members, within(1e-12));
        assertThat(year.at("/counts/agreement").asInt()).isEqualTo(1);
        assertThat(year.at("/shares/agreement").asDouble()).isCloseTo(1.0 / members, within(1e-12));
        assertThat(coverage.get("countries").findValuesAsString("region")).containsOnly("Africa");
        JsonNode membersNote = coverage.get("notes").get(0);
        assertThat(membersNote.get("code").asString()).isEqualTo("insight.coverage.note.membersWithoutHomeInRegion");
        assertThat(membersNote.get("arguments").valueStream().map(JsonNode::asString)).containsExactly("BRI",
                "2023-12-31", "CN", "Africa");
        assertThat(membersNote.get("text").asString())
                .isEqualTo("Members: BRI on 2023-12-31 (countries.csv), without CN itself, in Africa.");

        JsonNode china = officer.get("/api/v1/insight/coverage?scope=country&country=CN&group=OECD&from=2023&to=2023")
                .json();
        assertThat(china.at("/years/0/counts/copublication").asInt()).isEqualTo(china.get("memberCount").asInt());
        JsonNode afterOecdFlows = officer.get("/api/v1/insight/coverage?scope=country&country=CN&from=2022&to=2022")
                .json();
        assertThat(afterOecdFlows.at("/years/0/shares/mobility").isNull()).isTrue();
    }

    @Test
    void rendersThePagesWithTheirFiguresAndExportsTheirTables() {
        recordMobility("inbound", "student", "DE", 3);
        recordMobility("outbound", "student", "US", 1);
        recordMobility(testUsers.newUser(Role.OFFICER, testUsers.newTenant("Page Peer U"), port).api(), "inbound",
                "student", "FR", 1);

        String national = page("/insight/national?country=CN").text();
        assertThat(national).contains("210,903", "1,052,283", "72,794", "UNESCO Institute for Statistics (UIS)",
                "data-chart=\"national-mobility\"", "echarts.min.js", "/js/insight.js");
        String goingGlobal = page("/going-global").text();
        assertThat(goingGlobal).contains(tenantName, "0.50 (3 / 1)", "data-test=\"position\"");
        assertThat(page("/insight/scorecard?peers=institutions&draws=50").text()).contains(tenantName, "Peer 1");
        assertThat(page("/insight/coverage?scope=country&country=CN&group=BRI&region=Africa").text())
                .contains("data-map-missing", "Kenya");
        assertThat(page("/insight/statistics").text()).contains("REGIONAL_AGGREGATE");

        ApiClient.Response csv = page("/insight/national/mobility/export?country=CN&format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.text()).contains("2022,210903.0,1052283.0,-841380.0");
        assertThat(page("/insight/scorecard/export?peers=countries&draws=20&format=xlsx").status()).isEqualTo(200);

        ApiClient.Response saved = officer.send(officer.request("/insight/scorecard/variants")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "name=students+first&peers=countries&pillar.influence=2&indicator.inbound_students=3")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("variant=students", "peers=countries"));
        JsonNode variant = officer.get("/api/v1/insight/scorecard/variants").json().get(0);
        assertThat(variant.get("name").asString()).isEqualTo("students first");
        assertThat(variant.at("/indicators/inbound_students").asDouble()).isEqualTo(3);
    }

    @Test
    void publishesTheNotesWithTheirMessageCodesInTheOpenApiDocument() {
        JsonNode schemas = new ApiClient(port, null).get("/v3/api-docs").json().get("components").get("schemas");

        for (String report : List.of("BalanceReport", "ScorecardReport", "CoverageReport")) {
            assertThat(schemas.at("/" + report + "/properties/notes/items/$ref").asString()).as(report)
                    .isEqualTo("#/components/schemas/InsightNote");
        }
        JsonNode note = schemas.get("InsightNote").get("properties");
        assertThat(note.propertyNames()).containsExactlyInAnyOrder("code", "arguments", "text");
        assertThat(note.at("/arguments/type").asString()).isEqualTo("array");
        assertThat(note.at("/arguments/items/type").asString()).isEqualTo("string");
        assertThat(note.at("/arguments/description").asString()).startsWith("the message's arguments");
    }

    private ApiClient.Response page(String path) {
        ApiClient.Response response = officer.send(officer.request(path).header("Accept", "text/html")
                .header("Accept-Language", "en").GET());
        assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
        return response;
    }

    private void recordMobility(String direction, String category, String country, int people) {
        recordMobility(officer, direction, category, country, people);
    }

    private static void recordMobility(ApiClient api, String direction, String category, String country,
            int people) {
        InsightFixtures.recordMobility(api, direction, category, country, people);
    }

    private void recordEngagement(String kind, String role, String country) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("organisationName", "Organisation of " + kind);
        draft.put("kind", kind);
        draft.put("role", role);
        draft.put("title", kind + " as " + role);
        draft.put("startDate", "2024-05-01");
        draft.put("country", country);
        ApiClient.Response created = officer.post("/api/v1/engagements", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static JsonNode row(JsonNode years, int year) {
        for (JsonNode row : years) {
            if (row.get("year").asInt() == year) {
                return row;
            }
        }
        throw new AssertionError("no row for " + year + " in " + years);
    }

    private static JsonNode withId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }

    static JsonNode scope(JsonNode rows, String kind, String id) {
        for (JsonNode row : rows) {
            if (row.get("scopeKind").asString().equals(kind) && row.get("scopeId").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in " + rows);
    }

    private static JsonNode unit(JsonNode scorecard, String id) {
        return withId(scorecard.get("units"), id);
    }

    private static double effectiveWeight(JsonNode pillar, String indicator) {
        for (JsonNode node : pillar.get("indicators")) {
            if (node.get("id").asString().equals(indicator)) {
                return node.get("effectiveWeight").asDouble();
            }
        }
        throw new AssertionError("no indicator " + indicator);
    }

    static void assertCounts(JsonNode counts, long in, long out, double index) {
        assertThat(counts.get("bringingIn").asLong()).isEqualTo(in);
        assertThat(counts.get("goingGlobal").asLong()).isEqualTo(out);
        assertThat(counts.get("index").asDouble()).isCloseTo(index, within(1e-12));
    }
}
