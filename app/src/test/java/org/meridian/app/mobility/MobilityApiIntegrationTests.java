package org.meridian.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.mobility.MobilityDrafts.inboundScholar;
import static org.meridian.app.mobility.MobilityDrafts.outboundStudent;
import static org.meridian.app.mobility.MobilityDrafts.with;
import static org.meridian.app.mobility.MobilityDrafts.withPerson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

@MeridianIntegrationTest
class MobilityApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    ApiClient officer;
    long tenant;

    @BeforeEach
    void newInstitution() {
        tenant = testUsers.newTenant("Mobility U");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
    }

    @Test
    void recordsAMobilityAndDerivesDurationAcademicYearAndStatus() {
        ApiClient.Response created = officer.post("/api/v1/mobility", outboundStudent("Zhang", "2023001"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode mobility = created.json();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/mobility/" + mobility.get("id").asLong());
        assertThat(mobility.get("direction").asString()).isEqualTo("outbound");
        assertThat(mobility.get("category").asString()).isEqualTo("student");
        assertThat(mobility.get("iscedLevel").asInt()).isEqualTo(7);
        assertThat(mobility.get("funding").asString()).isEqualTo("government-scholarship");
        // 1 September 2024 to 31 January 2025: 30 + 31 + 30 + 31 + 31 days
        assertThat(mobility.get("durationDays").asLong()).isEqualTo(153);
        assertThat(mobility.get("academicYear").asString()).isEqualTo("2024/2025");
        assertThat(mobility.get("status").asString()).isEqualTo("completed");
        assertThat(mobility.get("version").asInt()).isZero();
        assertThat(mobility.get("person").get("familyName").asString()).isEqualTo("Zhang");
        assertThat(mobility.get("person").get("gender").asString()).isEqualTo("female");

        ApiClient.Response read = officer.get("/api/v1/mobility/" + mobility.get("id").asLong());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("person").get("personIdentifier").asString()).isEqualTo("2023001");
        assertThat(read.json().get("startDate").asString()).isEqualTo("2024-09-01");
    }

    @Test
    void explainsEveryInvalidFieldAtOnce() {
        Map<String, Object> draft = with(outboundStudent("Li", null), "direction", "sideways");
        draft = with(draft, "category", null);
        draft = with(draft, "country", "XX");
        draft = with(draft, "iscedField", "0614");
        draft = with(draft, "startDate", "2024-09-01");
        draft = with(draft, "endDate", "2024-08-31");
        draft = with(draft, "funding", "lottery");
        draft = withPerson(draft, "familyName", " ");
        draft = withPerson(draft, "email", "not-an-address");
        draft = withPerson(draft, "nationality", "China");

        ApiClient.Response response = officer.post("/api/v1/mobility", draft);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("direction",
                "category", "country", "iscedField", "endDate", "funding", "person.familyName", "person.email",
                "person.nationality");
        assertThat(message(response, "direction")).isEqualTo("'sideways' is not one of inbound, outbound");
        assertThat(message(response, "country")).isEqualTo("no country with ISO 3166 code 'XX'");
        assertThat(message(response, "endDate")).isEqualTo("must be on or after the start date 2024-09-01");
        assertThat(message(response, "person.nationality")).isEqualTo("must have at most 2 characters");
        assertThat(response.text()).doesNotContain("Exception");
    }

    @Test
    void explainsAMalformedDate() {
        ApiClient.Response response = officer.post("/api/v1/mobility",
                with(outboundStudent("Li", null), "startDate", "1 Sept 2024"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "startDate")).isEqualTo("'1 Sept 2024' is not a date like 2025-09-01");
    }

    @Test
    void requiresAnIscedLevelForStudentsOnly() {
        ApiClient.Response student = officer.post("/api/v1/mobility",
                with(outboundStudent("Li", null), "iscedLevel", 4));
        assertThat(student.status()).isEqualTo(400);
        assertThat(message(student, "iscedLevel")).startsWith("4 is not a tertiary level");

        ApiClient.Response scholar = officer.post("/api/v1/mobility",
                with(inboundScholar("Sato", "2024-10-01", "2024-12-31"), "iscedLevel", 8));
        assertThat(scholar.status()).isEqualTo(400);
        assertThat(message(scholar, "iscedLevel")).isEqualTo("applies to students only");
    }

    @Test
    void requiresThePerson() {
        ApiClient.Response response = officer.post("/api/v1/mobility", with(outboundStudent("Li", null), "person", null));
        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "person")).startsWith("is required");
    }

    @Test
    void countsASummerMobilityInTheAcademicYearGivenWhenItOverlaps() {
        Map<String, Object> summer = with(with(outboundStudent("Li", null), "startDate", "2025-07-10"), "endDate",
                "2025-09-20");
        ApiClient.Response given = officer.post("/api/v1/mobility", with(summer, "academicYear", "2025/2026"));
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.json().get("academicYear").asString()).isEqualTo("2025/2026");

        ApiClient.Response outside = officer.post("/api/v1/mobility",
                with(withPerson(summer, "familyName", "Wang"), "academicYear", "2026/2027"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(message(outside, "academicYear"))
                .isEqualTo("the mobility from 2025-07-10 to 2025-09-20 lies outside 2026/2027 (1 September to 31 August)");
    }

    @Test
    void refusesTheSameMobilityTwice() {
        assertThat(officer.post("/api/v1/mobility", outboundStudent("Zhang", "2023001")).status()).isEqualTo(201);

        ApiClient.Response again = officer.post("/api/v1/mobility",
                with(withPerson(outboundStudent("ZHANG", " 2023001"), "email", "other@example.org"), "programme",
                        "typed again"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("mobility.duplicate");
        assertThat(again.json().get("detail").asString()).contains("already recorded as mobility");
    }

    @Test
    void tellsPersonsWithoutNumberApartByNamesAndBirthDate() {
        assertThat(officer.post("/api/v1/mobility", outboundStudent("Chen", null)).status()).isEqualTo(201);
        assertThat(officer.post("/api/v1/mobility",
                withPerson(withPerson(outboundStudent("Chen", null), "familyName", "chen "), "givenName", " WEI"))
                .status()).isEqualTo(409);
        assertThat(officer.post("/api/v1/mobility", withPerson(outboundStudent("Chen", null), "birthDate", "2002-01-01"))
                .status()).isEqualTo(201);
        assertThat(officer.post("/api/v1/mobility", with(outboundStudent("Chen", null), "startDate", "2024-09-02"))
                .status()).isEqualTo(201);
        assertThat(officer.post("/api/v1/mobility", with(outboundStudent("Chen", null), "direction", "inbound"))
                .status()).isEqualTo(201);
    }

    @Test
    void replacesARecordWithTheVersionReadAndRefusesAStaleOne() {
        long id = create(outboundStudent("Zhou", "2023002"));

        ApiClient.Response replaced = officer.put("/api/v1/mobility/" + id,
                with(with(outboundStudent("Zhou", "2023002"), "endDate", "2025-06-30"), "version", 0));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt()).isEqualTo(1);
        assertThat(replaced.json().get("durationDays").asLong()).isEqualTo(303);

        ApiClient.Response stale = officer.put("/api/v1/mobility/" + id,
                with(with(outboundStudent("Zhou", "2023002"), "programme", "lost update"), "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else since version 0");
        assertThat(officer.get("/api/v1/mobility/" + id).json().get("programme").asString())
                .isEqualTo("Semester exchange in computer science");
    }

    @Test
    void requiresTheVersionToReplace() {
        long id = create(outboundStudent("Zhou", "2023003"));
        ApiClient.Response response = officer.put("/api/v1/mobility/" + id, outboundStudent("Zhou", "2023003"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "version")).startsWith("is required");
    }

    @Test
    void refusesAReplacementThatDuplicatesAnotherRecord() {
        create(outboundStudent("Sun", "S-1"));
        long other = create(outboundStudent("Sun", "S-2"));
        ApiClient.Response response = officer.put("/api/v1/mobility/" + other,
                with(outboundStudent("Sun", "S-1"), "version", 0));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("mobility.duplicate");
    }

    @Test
    void cancelsAMobilityWhateverItsDates() {
        long id = create(inboundScholar("Ito", "2090-03-01", "2090-05-31"));
        assertThat(officer.get("/api/v1/mobility/" + id).json().get("status").asString()).isEqualTo("planned");
        ApiClient.Response cancelled = officer.put("/api/v1/mobility/" + id,
                with(with(inboundScholar("Ito", "2090-03-01", "2090-05-31"), "cancelled", true), "version", 0));
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void deletesARecordOnlyAtTheVersionGiven() {
        long id = create(outboundStudent("Wu", "2023004"));
        assertThat(officer.delete("/api/v1/mobility/" + id + "?version=3").status()).isEqualTo(409);
        assertThat(officer.delete("/api/v1/mobility/" + id + "?version=0").status()).isEqualTo(204);
        assertThat(officer.get("/api/v1/mobility/" + id).status()).isEqualTo(404);
        assertThat(officer.delete("/api/v1/mobility/" + id).status()).isEqualTo(404);
    }

    @Test
    void answersNotFoundForAnUnknownRecord() {
        assertThat(officer.get("/api/v1/mobility/987654321").status()).isEqualTo(404);
        assertThat(officer.put("/api/v1/mobility/987654321", with(outboundStudent("Ma", null), "version", 0))
                .status()).isEqualTo(404);
    }

    @Test
    void filtersByEveryCriterion() {
        long partner = RecordFixtures.partner(officer, "Technische Universität Berlin", "DE");
        long agreement = RecordFixtures.agreement(officer, RecordFixtures.agreementWith(List.of(partner)))
                .get("id").asLong();
        long student = create(with(with(outboundStudent("Guo", "F-1"), "partnerId", partner), "agreementId",
                agreement));
        long scholar = create(inboundScholar("Mori", "2025-03-01", "2025-04-30"));
        long future = create(with(with(with(outboundStudent("Han", "F-2"), "startDate", "2090-09-01"), "endDate",
                "2091-01-31"), "funding", "self-funded"));
        long cancelled = create(with(inboundScholar("Abe", "2024-10-01", "2024-10-31"), "cancelled", true));

        assertThat(ids("direction=inbound")).containsExactly(cancelled, scholar);
        assertThat(ids("category=student")).containsExactly(student, future);
        assertThat(ids("country=jp")).containsExactly(cancelled, scholar);
        assertThat(ids("region=150")).containsExactly(student, future);
        assertThat(ids("region=030")).containsExactly(cancelled, scholar);
        assertThat(ids("partnerId=" + partner)).containsExactly(student);
        assertThat(ids("agreementId=" + agreement)).containsExactly(student);
        assertThat(ids("iscedField=06")).containsExactly(student, future);
        assertThat(ids("iscedField=053")).containsExactly(cancelled, scholar);
        assertThat(ids("funding=self-funded")).containsExactly(future);
        assertThat(ids("academicYear=2024/2025")).containsExactly(student, cancelled, scholar);
        assertThat(ids("from=2025-02-01&to=2025-12-31")).containsExactly(scholar);
        assertThat(ids("status=planned")).containsExactly(future);
        assertThat(ids("status=completed")).containsExactly(student, scholar);
        assertThat(ids("status=cancelled")).containsExactly(cancelled);
        assertThat(ids("q=PHYSICS")).containsExactly(cancelled, scholar);
        assertThat(ids("direction=outbound&funding=government-scholarship")).containsExactly(student);
    }

    @Test
    void sortsAndPages() {
        long first = create(inboundScholar("Ono", "2024-01-10", "2024-02-10"));
        long second = create(inboundScholar("Ono", "2024-05-10", "2024-06-10"));
        long third = create(inboundScholar("Ono", "2024-09-10", "2024-10-10"));

        JsonNode page = officer.get("/api/v1/mobility?sort=-startDate&size=2&page=0").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactly(third, second);
        JsonNode next = officer.get("/api/v1/mobility?sort=-startDate&size=2&page=1").json();
        assertThat(next.get("items").findValues("id").stream().map(JsonNode::asLong).toList()).containsExactly(first);
        assertThat(officer.get("/api/v1/mobility?sort=familyName").json().get("items").size()).isEqualTo(3);
    }

    @Test
    void explainsAnInvalidFilterOrSort() {
        ApiClient.Response response = officer.get("/api/v1/mobility?direction=up&academicYear=2024&from=soon");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("direction", "academicYear", "from");
        ApiClient.Response sort = officer.get("/api/v1/mobility?sort=salary");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(message(sort, "sort")).startsWith("cannot sort by 'salary'");
    }

    @Test
    void summarisesTheInstitutionsMobilityByYearCountryFieldCategoryLevelAndFunding() {
        create(outboundStudent("Lin", "Y-1"));                                        // 2024/2025 DE 06 student out
        create(with(outboundStudent("Lin", "Y-2"), "country", "FR"));                 // 2024/2025 FR 06 student out
        create(inboundScholar("Kato", "2025-03-01", "2025-04-30"));                   // 2024/2025 JP 05 scholar in
        create(inboundScholar("Kato", "2025-09-15", "2025-12-15"));                   // 2025/2026 JP 05 scholar in
        create(with(with(inboundScholar("Kim", "2025-10-01", "2025-10-31"), "country", "KR"), "iscedField", null));
        create(with(inboundScholar("Abe", "2025-11-01", "2025-11-30"), "cancelled", true)); // not counted

        JsonNode summary = officer.get("/api/v1/mobility/summary").json();

        assertThat(summary.get("scope").asString()).isEqualTo("tenant");
        assertThat(summary.get("tenantId").asLong()).isEqualTo(tenant);
        assertThat(counts(summary.get("total"))).isEqualTo(List.of(3L, 2L, 5L));
        assertThat(rows(summary.get("byAcademicYear")))
                .containsExactly(row("2024/2025", 1, 2), row("2025/2026", 2, 0));
        assertThat(rows(summary.get("byCountry")))
                .containsExactly(row("DE", 0, 1), row("FR", 0, 1), row("JP", 2, 0), row("KR", 1, 0));
        assertThat(rows(summary.get("byIscedBroadField")))
                .containsExactly(row("05", 2, 0), row("06", 0, 2), row(null, 1, 0));
        assertThat(rows(summary.get("byCategory")))
                .containsExactly(row("student", 0, 2), row("visiting-scholar", 3, 0));
        assertThat(rows(summary.get("byIscedLevel"))).containsExactly(row("7", 0, 2), row(null, 3, 0));
        assertThat(rows(summary.get("byFunding")))
                .containsExactly(row("government-scholarship", 0, 2), row("partner-funded", 3, 0));

        JsonNode autumn2025 = officer.get("/api/v1/mobility/summary?from=2025-09-01&to=2025-12-31").json();
        assertThat(counts(autumn2025.get("total"))).isEqualTo(List.of(2L, 0L, 2L));
        assertThat(rows(autumn2025.get("byCountry"))).containsExactly(row("JP", 1, 0), row("KR", 1, 0));
    }

    @Test
    void aSummaryFollowsEveryChangeOfTheRecords() {
        create(outboundStudent("Lin", "Y-1"));
        assertThat(counts(officer.get("/api/v1/mobility/summary").json().get("total"))).isEqualTo(List.of(0L, 1L, 1L));

        long scholar = create(inboundScholar("Kato", "2025-03-01", "2025-04-30"));
        assertThat(counts(officer.get("/api/v1/mobility/summary").json().get("total"))).isEqualTo(List.of(1L, 1L, 2L));

        assertThat(officer.put("/api/v1/mobility/" + scholar,
                with(with(inboundScholar("Kato", "2025-03-01", "2025-04-30"), "cancelled", true), "version", 0))
                .status()).isEqualTo(200);
        assertThat(counts(officer.get("/api/v1/mobility/summary").json().get("total"))).isEqualTo(List.of(0L, 1L, 1L));

        officer.delete("/api/v1/mobility/" + scholar);
        create(with(inboundScholar("Kim", "2025-10-01", "2025-10-31"), "country", "KR"));
        assertThat(rows(officer.get("/api/v1/mobility/summary").json().get("byCountry")))
                .containsExactly(row("DE", 0, 1), row("KR", 1, 0));
    }

    @Test
    void explainsAnInvalidSummaryRange() {
        ApiClient.Response response = officer.get("/api/v1/mobility/summary?from=2025-12-31&to=2025-01-01&scope=mine");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("to", "scope");
    }

    @Test
    void viewersReadButDoNotWrite() {
        long id = create(outboundStudent("Xu", "V-1"));
        ApiClient viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        assertThat(viewer.get("/api/v1/mobility/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/mobility/summary").json().get("total").get("total").asLong()).isEqualTo(1);
        assertThat(viewer.post("/api/v1/mobility", outboundStudent("Xu", "V-2")).status()).isEqualTo(403);
        assertThat(viewer.put("/api/v1/mobility/" + id, with(outboundStudent("Xu", "V-1"), "version", 0)).status())
                .isEqualTo(403);
        assertThat(viewer.delete("/api/v1/mobility/" + id).status()).isEqualTo(403);
    }

    @Test
    void logsEveryChangeWithoutThePersonsDetails() {
        long id = create(outboundStudent("Qian", "A-1"));
        officer.put("/api/v1/mobility/" + id,
                with(withPerson(outboundStudent("Qian", "A-1"), "email", "new@example.org"), "version", 0));
        officer.delete("/api/v1/mobility/" + id);

        JsonNode entries = testUsers.admin(port).api().get("/api/v1/audit?entityType=mobility&entityId=" + id).json()
                .get("items");
        assertThat(entries.findValuesAsString("action")).containsExactly("deleted", "changed", "created");
        JsonNode created = entries.get(2);
        assertThat(created.get("afterJson").asString()).contains("\"country\":\"DE\"").doesNotContain("Qian")
                .doesNotContain("A-1").doesNotContain("@example");
        assertThat(created.get("afterJson").asString()).contains("\"personalFieldsChanged\":[\"familyName\","
                + "\"givenName\",\"gender\",\"nationality\",\"birthDate\",\"email\",\"personIdentifier\"]");
        JsonNode changed = entries.get(1);
        assertThat(changed.get("afterJson").asString()).contains("\"personalFieldsChanged\":[\"email\"]")
                .doesNotContain("new@example.org");
        assertThat(changed.get("beforeJson").asString()).doesNotContain("qian@example.edu.cn");
    }

    @Test
    void publishesTheMobilityApiInTheOpenApiDocument() {
        JsonNode document = new ApiClient(port, null).get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        assertThat(paths.has("/api/v1/mobility")).isTrue();
        assertThat(paths.has("/api/v1/mobility/{id}")).isTrue();
        assertThat(paths.has("/api/v1/mobility/summary")).isTrue();
        JsonNode direction = document.get("components").get("schemas").get("Mobility").get("properties").get("direction");
        assertThat(direction.get("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactly("inbound", "outbound");
    }

    private long create(Map<String, Object> draft) {
        ApiClient.Response response = officer.post("/api/v1/mobility", draft);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private List<Long> ids(String query) {
        ApiClient.Response response = officer.get("/api/v1/mobility?sort=startDate&" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    static String message(ApiClient.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.text());
    }

    static List<Long> counts(JsonNode count) {
        return List.of(count.get("inbound").asLong(), count.get("outbound").asLong(), count.get("total").asLong());
    }

    static List<Map<String, Object>> rows(JsonNode rows) {
        return rows.valueStream().map(row -> row(row.get("key").isNull() ? null : row.get("key").asString(),
                row.get("inbound").asLong(), row.get("outbound").asLong())).toList();
    }

    static Map<String, Object> row(String key, long inbound, long outbound) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("inbound", inbound);
        row.put("outbound", outbound);
        row.put("total", inbound + outbound);
        return row;
    }
}
