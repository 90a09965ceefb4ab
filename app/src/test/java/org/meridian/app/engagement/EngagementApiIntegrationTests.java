package org.meridian.app.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
class EngagementApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    long tenant;
    ApiClient officer;

    @BeforeEach
    void newInstitution() {
        tenant = testUsers.newTenant("Engagement U");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
    }

    @Test
    void recordsAnEngagementWithTheStandingOfItsRole() {
        ApiClient.Response created = officer.post("/api/v1/engagements", unescoCommitteeSeat());

        assertThat(created.status()).isEqualTo(201);
        JsonNode engagement = created.json();
        long id = engagement.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/engagements/" + id);
        assertThat(engagement.get("kind").asString()).isEqualTo("committee-seat");
        assertThat(engagement.get("role").asString()).isEqualTo("member");
        assertThat(engagement.get("standing").asString()).isEqualTo("contributed");
        assertThat(engagement.get("organisationCode").asString()).isEqualTo("UNESCO");
        assertThat(engagement.get("version").asInt()).isZero();
        assertThat(officer.get("/api/v1/engagements/" + id).json().get("evidenceUrl").asString())
                .isEqualTo("https://www.unesco.org/en/open-science");
    }

    @Test
    void explainsEveryInvalidFieldAtOnce() {
        Map<String, Object> draft = unescoCommitteeSeat();
        draft.put("organisationName", "");
        draft.put("kind", "lobbying");
        draft.put("role", null);
        draft.put("title", null);
        draft.put("startDate", "2024-06-01");
        draft.put("endDate", "2024-05-31");
        draft.put("country", "ZZ");
        draft.put("evidenceUrl", "ftp://files.example.org/minutes.pdf");

        ApiClient.Response response = officer.post("/api/v1/engagements", draft);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "organisationName", "kind", "role", "title", "endDate", "country", "evidenceUrl");
        assertThat(message(response, "kind")).isEqualTo("'lobbying' is not one of committee-seat, policy-contribution, "
                + "conference-hosted, joint-initiative, programme-abroad, open-course, adopted-abroad");
        assertThat(message(response, "role")).isEqualTo("is required: one of chair, vice-chair, host, lead, member, "
                + "contributor, attendee, observer");
        assertThat(message(response, "endDate")).isEqualTo("must be on or after the start date");
        assertThat(message(response, "evidenceUrl")).isEqualTo("must be a web address starting with http:// or https://");
    }

    @Test
    void refusesAnEvidenceLinkThatIsNoAddress() {
        Map<String, Object> draft = unescoCommitteeSeat();
        draft.put("evidenceUrl", "see the minutes");
        ApiClient.Response response = officer.post("/api/v1/engagements", draft);
        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "evidenceUrl")).startsWith("must be a web address");
    }

    @Test
    void replacesAnEngagementWithTheVersionReadAndRefusesAStaleOne() {
        long id = create(unescoCommitteeSeat());
        Map<String, Object> chair = unescoCommitteeSeat();
        chair.put("role", "chair");
        chair.put("version", 0);

        ApiClient.Response replaced = officer.put("/api/v1/engagements/" + id, chair);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt()).isEqualTo(1);
        assertThat(replaced.json().get("standing").asString()).isEqualTo("led");

        Map<String, Object> stale = unescoCommitteeSeat();
        stale.put("title", "lost update");
        stale.put("version", 0);
        assertThat(officer.put("/api/v1/engagements/" + id, stale).status()).isEqualTo(409);
        assertThat(officer.get("/api/v1/engagements/" + id).json().get("role").asString()).isEqualTo("chair");

        ApiClient.Response unversioned = officer.put("/api/v1/engagements/" + id, unescoCommitteeSeat());
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(message(unversioned, "version")).startsWith("is required");
    }

    @Test
    void deletesAnEngagementOnlyAtTheVersionGiven() {
        long id = create(unescoCommitteeSeat());
        assertThat(officer.delete("/api/v1/engagements/" + id + "?version=1").status()).isEqualTo(409);
        assertThat(officer.delete("/api/v1/engagements/" + id + "?version=0").status()).isEqualTo(204);
        assertThat(officer.get("/api/v1/engagements/" + id).status()).isEqualTo(404);
        assertThat(officer.delete("/api/v1/engagements/" + id).status()).isEqualTo(404);
    }

    @Test
    void answersNotFoundForAnUnknownEngagement() {
        Map<String, Object> draft = unescoCommitteeSeat();
        draft.put("version", 0);
        assertThat(officer.get("/api/v1/engagements/987654321").status()).isEqualTo(404);
        assertThat(officer.put("/api/v1/engagements/987654321", draft).status()).isEqualTo(404);
    }

    @Test
    void filtersByEveryCriterion() {
        long seat = create(unescoCommitteeSeat());                                          // 2024-01-01..2027-12-31
        long forum = create(engagement("Belt and Road Higher Education Forum", "conference-hosted", "host",
                "2025-05-20", "2025-05-22", "CN"));
        long course = create(engagement("Coursera open course on hydrology", "open-course", "lead", "2023-02-01",
                null, null));
        long attended = create(engagement("OECD Education Policy Forum", "policy-contribution", "attendee",
                "2025-11-03", "2025-11-04", "FR"));
        Map<String, Object> withPartner = engagement("Joint lab on batteries", "joint-initiative", "contributor",
                "2022-03-01", "2024-02-28", "DE");
        long partner = RecordFixtures.partner(officer, "Karlsruhe Institute of Technology", "DE");
        withPartner.put("partnerId", partner);
        long joint = create(withPartner);

        assertThat(ids("kind=conference-hosted")).containsExactly(forum);
        assertThat(ids("role=attendee")).containsExactly(attended);
        assertThat(ids("standing=led")).containsExactly(course, forum);
        assertThat(ids("standing=contributed")).containsExactly(joint, seat);
        assertThat(ids("standing=attended")).containsExactly(attended);
        assertThat(ids("country=fr")).containsExactly(seat, attended);
        assertThat(ids("partnerId=" + partner)).containsExactly(joint);
        assertThat(ids("organisation=unesco")).containsExactly(seat);
        assertThat(ids("organisation=Forum")).containsExactly(forum);
        assertThat(ids("organisation=oecd")).containsExactly(attended);
        // running on or after 1 March 2025: the seat (till 2027), the open-ended course and the two 2025 events
        assertThat(ids("from=2025-03-01")).containsExactly(course, seat, forum, attended);
        assertThat(ids("from=2024-03-01&to=2025-06-30")).containsExactly(course, seat, forum);
        assertThat(ids("q=HYDROLOGY")).containsExactly(course);
        assertThat(ids("q=100%25")).isEmpty();
    }

    @Test
    void sortsAndPages() {
        long b = create(engagement("B forum", "conference-hosted", "host", "2025-01-10", null, "CN"));
        long a = create(engagement("A forum", "conference-hosted", "host", "2025-03-10", null, "CN"));
        long c = create(engagement("C forum", "conference-hosted", "host", "2025-02-10", null, "CN"));

        JsonNode byTitle = officer.get("/api/v1/engagements?sort=title&size=2").json();
        assertThat(byTitle.get("total").asLong()).isEqualTo(3);
        assertThat(ids(byTitle)).containsExactly(a, b);
        assertThat(ids(officer.get("/api/v1/engagements?sort=title&size=2&page=1").json())).containsExactly(c);
        assertThat(ids(officer.get("/api/v1/engagements?sort=-startDate").json())).containsExactly(a, c, b);
    }

    @Test
    void explainsAnInvalidFilterOrSort() {
        ApiClient.Response response = officer.get("/api/v1/engagements?kind=gala&standing=famous&to=2025-13-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("kind", "standing", "to");
        assertThat(officer.get("/api/v1/engagements?sort=budget").status()).isEqualTo(400);
        assertThat(officer.get("/api/v1/engagements?size=0").status()).isEqualTo(400);
    }

    @Test
    void anotherInstitutionFindsNothing() {
        long id = create(unescoCommitteeSeat());
        long other = testUsers.newTenant("Other Engagement U");
        ApiClient stranger = testUsers.newUser(Role.OFFICER, other, port).api();
        Map<String, Object> draft = unescoCommitteeSeat();
        draft.put("version", 0);

        assertThat(stranger.get("/api/v1/engagements/" + id).status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/engagements/" + id, draft).status()).isEqualTo(404);
        assertThat(stranger.delete("/api/v1/engagements/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/engagements").json().get("total").asLong()).isZero();
        assertThat(officer.get("/api/v1/engagements/" + id).json().get("version").asInt()).isZero();
    }

    @Test
    void viewersReadAndAnalystsDoNot() {
        long id = create(unescoCommitteeSeat());
        ApiClient viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        assertThat(viewer.get("/api/v1/engagements/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/engagements").json().get("total").asLong()).isEqualTo(1);
        assertThat(viewer.post("/api/v1/engagements", unescoCommitteeSeat()).status()).isEqualTo(403);
        assertThat(viewer.delete("/api/v1/engagements/" + id).status()).isEqualTo(403);

        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();
        assertThat(analyst.get("/api/v1/engagements").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/engagements/" + id).status()).isEqualTo(403);
    }

    @Test
    void administratorsWorkForTheInstitutionTheyChoose() {
        ApiClient admin = testUsers.admin(port).api().forTenant(tenant);
        long id = admin.post("/api/v1/engagements", unescoCommitteeSeat()).json().get("id").asLong();
        assertThat(officer.get("/api/v1/engagements/" + id).status()).isEqualTo(200);
    }

    @Test
    void logsEveryChange() {
        long id = create(unescoCommitteeSeat());
        Map<String, Object> changed = unescoCommitteeSeat();
        changed.put("outcome", "Recommendation adopted in 2025");
        changed.put("version", 0);
        officer.put("/api/v1/engagements/" + id, changed);
        officer.delete("/api/v1/engagements/" + id);

        JsonNode entries = testUsers.admin(port).api().get("/api/v1/audit?entityType=engagement&entityId=" + id).json()
                .get("items");
        assertThat(entries.findValuesAsString("action")).containsExactly("deleted", "changed", "created");
        assertThat(entries.get(1).get("beforeJson").asString()).doesNotContain("Recommendation adopted");
        assertThat(entries.get(1).get("afterJson").asString()).contains("Recommendation adopted in 2025")
                .contains("\"kind\":\"committee-seat\"");
        assertThat(entries.get(0).get("tenantId").asLong()).isEqualTo(tenant);
    }

    @Test
    void publishesTheEngagementApiInTheOpenApiDocument() {
        JsonNode paths = new ApiClient(port, null).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/engagements")).isTrue();
        assertThat(paths.has("/api/v1/engagements/{id}")).isTrue();
    }

    private static Map<String, Object> unescoCommitteeSeat() {
        Map<String, Object> draft = engagement("Member of the advisory committee on open science", "committee-seat",
                "member", "2024-01-01", "2027-12-31", "FR");
        draft.put("organisationCode", "UNESCO");
        draft.put("organisationName", "United Nations Educational, Scientific and Cultural Organization");
        draft.put("evidenceUrl", "https://www.unesco.org/en/open-science");
        return draft;
    }

    private static Map<String, Object> engagement(String title, String kind, String role, String startDate,
            String endDate, String country) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("organisationName", title.contains("OECD") ? "OECD" : "Partners of " + title);
        draft.put("kind", kind);
        draft.put("role", role);
        draft.put("title", title);
        draft.put("startDate", startDate);
        draft.put("endDate", endDate);
        draft.put("country", country);
        return draft;
    }

    private long create(Map<String, Object> draft) {
        ApiClient.Response response = officer.post("/api/v1/engagements", draft);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private List<Long> ids(String query) {
        ApiClient.Response response = officer.get("/api/v1/engagements?sort=startDate&" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static String message(ApiClient.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.text());
    }
}
