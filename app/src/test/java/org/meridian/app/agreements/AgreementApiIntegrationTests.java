package org.meridian.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.agreements.RecordFixtures.activeAgreement;
import static org.meridian.app.agreements.RecordFixtures.agreement;
import static org.meridian.app.agreements.RecordFixtures.agreementWith;
import static org.meridian.app.agreements.RecordFixtures.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class AgreementApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Clock clock;

    ApiClient officer;
    long michigan;
    long fudan;
    LocalDate today;

    @BeforeEach
    void newInstitutionWithTwoPartners() {
        officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Agreement Test University"), port).api();
        michigan = partner(officer, "University of Michigan", "US");
        fudan = partner(officer, "Fudan University", "CN");
        today = LocalDate.now(clock);
    }

    @Test
    void recordsAnAgreementWithPartiesFieldsYearsAndQuotas() {
        Response response = officer.post("/api/v1/agreements", Map.ofEntries(
                Map.entry("title", "Engineering student exchange"), Map.entry("type", "student-exchange"),
                Map.entry("signingDate", "2025-06-15"), Map.entry("startDate", "2025-09-01"),
                Map.entry("endDate", "2030-08-31"), Map.entry("homeRole", "coordinator"),
                Map.entry("homeSignatory", "Prof. Li Wei, Vice-President"),
                Map.entry("parties", List.of(Map.of("partnerId", michigan, "signatory", "Prof. Jane Doe, Provost"),
                        Map.of("partnerId", fudan, "role", "associate"))),
                Map.entry("iscedFields", List.of("0613", "07")),
                Map.entry("academicYears", List.of("2025/2026", "2026/2027")),
                Map.entry("quotas", List.of(
                        Map.of("academicYear", "2025/2026", "direction", "outbound", "category", "student",
                                "people", 4, "monthsPerPerson", 5),
                        Map.of("academicYear", "2025/2026", "direction", "inbound", "category", "staff",
                                "people", 1)))));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/agreements/" + id);
        JsonNode agreement = officer.get("/api/v1/agreements/" + id).json();
        assertThat(agreement.get("status").asString()).isEqualTo("draft");
        assertThat(agreement.get("statusSince").asString()).isEqualTo(today.toString());
        assertThat(agreement.get("type").asString()).isEqualTo("student-exchange");
        assertThat(agreement.get("homeRole").asString()).isEqualTo("coordinator");
        assertThat(agreement.get("parties").findValuesAsString("partnerName")).containsExactly(
                "University of Michigan", "Fudan University");
        assertThat(agreement.get("parties").findValuesAsString("role")).containsExactly("partner", "associate");
        assertThat(agreement.get("parties").get(0).get("signatory").asString()).isEqualTo("Prof. Jane Doe, Provost");
        assertThat(agreement.get("parties").get(1).get("country").asString()).isEqualTo("CN");
        assertThat(agreement.get("iscedFields").valueStream().map(JsonNode::asString)).containsExactly("0613", "07");
        assertThat(agreement.get("academicYears").valueStream().map(JsonNode::asString))
                .containsExactly("2025/2026", "2026/2027");
        JsonNode firstQuota = agreement.get("quotas").get(0);
        assertThat(firstQuota.get("direction").asString()).isEqualTo("inbound");
        assertThat(firstQuota.get("category").asString()).isEqualTo("staff");
        assertThat(firstQuota.get("monthsPerPerson").isNull()).isTrue();
        assertThat(agreement.get("quotas").get(1).get("people").asInt()).isEqualTo(4);
        assertThat(agreement.get("version").asInt()).isZero();
    }

    @Test
    void explainsEveryInvalidField() {
        Response response = officer.post("/api/v1/agreements", Map.of("type", "friendship",
                "startDate", "2025-09-01", "endDate", "2025-08-31",
                "parties", List.of(Map.of("partnerId", 987654321L)),
                "iscedFields", List.of("0699", "6"), "academicYears", List.of("2025-2026"),
                "quotas", List.of(Map.of("academicYear", "2025/2026", "direction", "sideways", "category", "student",
                        "people", 3))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
                "type", "endDate", "parties[0].partnerId", "iscedFields[1]", "academicYears[0]",
                "quotas[0].direction");
        assertThat(response.text()).contains("must be on or after the start date 2025-09-01")
                .contains("no partner with id 987654321").contains("must be one of inbound, outbound");
    }

    @Test
    void refusesAnIscedCodeThatIsNoField() {
        Response response = officer.post("/api/v1/agreements", agreementWith(List.of(michigan),
                "iscedFields", List.of("0613", "0699")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("0699 is not an ISCED-F 2013 field");
    }

    @Test
    void refusesQuotasOutsideTheAgreementsYearsAndTwoCoordinators() {
        Response response = officer.post("/api/v1/agreements", agreementWith(List.of(), "homeRole", "coordinator",
                "parties", List.of(Map.of("partnerId", michigan, "role", "coordinator")),
                "academicYears", List.of("2025/2026"),
                "quotas", List.of(Map.of("academicYear", "2026/2027", "direction", "inbound", "category", "student",
                        "people", 2))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("message")).containsExactlyInAnyOrder(
                "only one party coordinates, and the home institution already does",
                "2026/2027 is not among the agreement's academic years (2025/2026)");
    }

    @Test
    void needsAtLeastOnePartner() {
        Response response = officer.post("/api/v1/agreements", agreementWith(List.of()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("parties");
    }

    @Test
    void walksTheStatusMachineAndRefusesIllegalTransitionsNamingWhatIsLegal() {
        long id = agreement(officer, agreementWith(List.of(michigan), "startDate", "2025-09-01",
                "endDate", today.plusYears(3).toString())).get("id").asLong();

        assertThat(status(transition(id, "negotiating"))).isEqualTo("negotiating");
        assertThat(status(transition(id, "draft"))).isEqualTo("draft");
        assertThat(status(transition(id, "active"))).isEqualTo("active");

        Response backToDraft = transition(id, "draft");
        assertThat(backToDraft.status()).isEqualTo(409);
        assertThat(backToDraft.json().get("detail").asString()).isEqualTo("cannot return an active agreement to"
                + " draft; legal from active: terminated, renewed (by renewal), expiring (from the end date),"
                + " expired (from the end date)");
        assertThat(backToDraft.json().get("code").asString()).isEqualTo("agreement.illegal-transition");

        Response byHand = transition(id, "expiring");
        assertThat(byHand.status()).isEqualTo(409);
        assertThat(byHand.json().get("detail").asString()).startsWith("expiring follows from the end date");

        assertThat(status(transition(id, "terminated"))).isEqualTo("terminated");
        Response renewal = officer.post("/api/v1/agreements/" + id + "/renewal", Map.of("startDate", "2030-09-01"));
        assertThat(renewal.status()).isEqualTo(409);
        assertThat(renewal.json().get("detail").asString())
                .isEqualTo("cannot renew a terminated agreement; legal from terminated: none");
    }

    @Test
    void recordsAnAbandonedNegotiationAsTerminated() {
        long id = agreement(officer, agreementWith(List.of(michigan), "status", "negotiating")).get("id").asLong();
        JsonNode terminated = transition(id, "terminated").json();
        assertThat(terminated.get("status").asString()).isEqualTo("terminated");
        assertThat(terminated.get("statusSince").asString()).isEqualTo(today.toString());
    }

    @Test
    void needsAStartDateToActivate() {
        long id = agreement(officer, agreementWith(List.of(michigan))).get("id").asLong();
        Response response = transition(id, "active");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("an agreement needs a start date to be active; set startDate first");
    }

    @Test
    void explainsAnUnknownTargetStatusAndAStaleVersion() {
        long id = agreement(officer, agreementWith(List.of(michigan))).get("id").asLong();
        Response unknown = officer.post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "paused"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("to");

        Response stale = officer.post("/api/v1/agreements/" + id + "/transitions",
                Map.of("to", "negotiating", "version", 5));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("since version 5");
    }

    @Test
    void becomesExpiringAtOnceWhenActivatedWithinTheWindow() {
        // 100 days before the end is inside the default window of 180 days.
        long id = agreement(officer, agreementWith(List.of(michigan), "startDate", today.minusYears(2).toString(),
                "endDate", today.plusDays(100).toString())).get("id").asLong();
        assertThat(status(transition(id, "active"))).isEqualTo("expiring");
    }

    @Test
    void recordsAnAgreementWhoseEndHasPassedAsExpired() {
        JsonNode agreement = activeAgreement(officer, "Old exchange", LocalDate.of(2015, 9, 1),
                LocalDate.of(2020, 8, 31));
        assertThat(agreement.get("status").asString()).isEqualTo("expired");
    }

    @Test
    void staysActiveOneDayBeforeTheWindowAndExpiresOnItsFirstDay() {
        JsonNode outside = activeAgreement(officer, "Outside", today.minusYears(1), today.plusDays(181));
        JsonNode inside = activeAgreement(officer, "Inside", today.minusYears(1), today.plusDays(180));
        JsonNode lastDay = activeAgreement(officer, "Last day", today.minusYears(1), today);
        assertThat(outside.get("status").asString()).isEqualTo("active");
        assertThat(inside.get("status").asString()).isEqualTo("expiring");
        assertThat(lastDay.get("status").asString()).isEqualTo("expiring");
    }

    @Test
    void renewsIntoALinkedSuccessorThatKeepsTypePartiesAndFields() {
        long id = agreement(officer, agreementWith(List.of(michigan, fudan), "status", "active",
                "type", "joint-degree", "startDate", "2021-09-01", "endDate", today.plusDays(30).toString(),
                "iscedFields", List.of("0613"))).get("id").asLong();

        Response renewal = officer.post("/api/v1/agreements/" + id + "/renewal", Map.of("status", "active",
                "startDate", today.plusDays(31).toString(), "endDate", today.plusYears(5).toString(),
                "academicYears", List.of(today.getYear() + "/" + (today.getYear() + 1))));

        assertThat(renewal.status()).as(renewal.toString()).isEqualTo(201);
        JsonNode successor = renewal.json();
        assertThat(successor.get("status").asString()).isEqualTo("active");
        assertThat(successor.get("predecessorId").asLong()).isEqualTo(id);
        assertThat(successor.get("type").asString()).isEqualTo("joint-degree");
        assertThat(successor.get("parties").findValuesAsString("partnerName")).containsExactly(
                "University of Michigan", "Fudan University");
        assertThat(successor.get("iscedFields").get(0).asString()).isEqualTo("0613");
        JsonNode predecessor = officer.get("/api/v1/agreements/" + id).json();
        assertThat(predecessor.get("status").asString()).isEqualTo("renewed");
        assertThat(predecessor.get("successorId").asLong()).isEqualTo(successor.get("id").asLong());

        Response again = officer.post("/api/v1/agreements/" + id + "/renewal",
                Map.of("startDate", today.plusDays(40).toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("agreement " + id + " is already renewed by"
                + " agreement " + successor.get("id").asLong());
    }

    @Test
    void refusesASuccessorStartingBeforeItsPredecessor() {
        long id = activeAgreement(officer, "Renew me", LocalDate.of(2022, 9, 1), today.plusYears(1)).get("id").asLong();
        Response response = officer.post("/api/v1/agreements/" + id + "/renewal", Map.of("startDate", "2022-08-31"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must not be before the predecessor's start date 2022-09-01");
        assertThat(officer.get("/api/v1/agreements/" + id).json().get("status").asString()).isEqualTo("active");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        JsonNode agreement = activeAgreement(officer, "Nearly over", today.minusYears(4), today.plusDays(60));
        long id = agreement.get("id").asLong();
        assertThat(agreement.get("status").asString()).isEqualTo("expiring");
        int version = agreement.get("version").asInt();

        Response extended = officer.put("/api/v1/agreements/" + id, agreementWith(List.of(michigan),
                "title", "Extended", "startDate", today.minusYears(4).toString(),
                "endDate", today.plusYears(2).toString(), "version", version));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().get("title").asString()).isEqualTo("Extended");
        assertThat(extended.json().get("status").asString()).isEqualTo("active");
        assertThat(extended.json().get("parties").findValuesAsString("partnerName"))
                .containsExactly("University of Michigan");

        Response stale = officer.put("/api/v1/agreements/" + id, agreementWith(List.of(michigan),
                "startDate", today.minusYears(4).toString(), "version", version));
        assertThat(stale.status()).isEqualTo(409);

        Response withoutVersion = officer.put("/api/v1/agreements/" + id, agreementWith(List.of(michigan),
                "startDate", today.minusYears(4).toString()));
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void keepsTheStartDateOfAnAgreementInForce() {
        JsonNode agreement = activeAgreement(officer, "In force", today.minusYears(1), today.plusYears(1));
        Response response = officer.put("/api/v1/agreements/" + agreement.get("id").asLong(),
                agreementWith(List.of(michigan), "version", agreement.get("version").asInt()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("startDate");
    }

    @Test
    void listsWithFiltersSortingAndPages() {
        long exchange = agreement(officer, agreementWith(List.of(michigan), "title", "Alpha exchange",
                "status", "active", "startDate", today.minusYears(1).toString(),
                "endDate", today.plusDays(90).toString(), "iscedFields", List.of("0613"))).get("id").asLong();
        long research = agreement(officer, agreementWith(List.of(fudan), "title", "Beta research",
                "type", "research-cooperation", "status", "active", "startDate", today.minusYears(1).toString(),
                "endDate", today.plusYears(3).toString(), "iscedFields", List.of("06"))).get("id").asLong();
        long draft = agreement(officer, agreementWith(List.of(michigan, fudan), "title", "Gamma summer school",
                "type", "short-programme", "iscedFields", List.of("0531"))).get("id").asLong();
        long old = activeAgreement(officer, "Delta archive", LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31))
                .get("id").asLong();

        assertThat(ids("")).containsExactly(exchange, research, old, draft);
        assertThat(ids("?q=summer")).containsExactly(draft);
        assertThat(ids("?q=fudan")).containsExactly(research, draft);
        assertThat(ids("?type=research-cooperation")).containsExactly(research);
        assertThat(ids("?status=active,expiring")).containsExactly(exchange, research);
        assertThat(ids("?status=expired")).containsExactly(old);
        assertThat(ids("?partner=" + michigan)).containsExactly(exchange, draft);
        assertThat(ids("?country=cn")).containsExactly(research, draft);
        // 0613 lies within 06: each matches the other; 0531 (chemistry) matches neither.
        assertThat(ids("?isced=06")).containsExactly(exchange, research);
        assertThat(ids("?isced=0613")).containsExactly(exchange, research);
        assertThat(ids("?isced=05")).containsExactly(draft);
        assertThat(ids("?expiringWithin=100")).containsExactly(exchange);
        assertThat(ids("?expiringWithin=89")).isEmpty();
        assertThat(ids("?activeOn=2012-06-30")).containsExactly(old);
        assertThat(ids("?activeOn=" + today)).containsExactly(exchange, research);
        assertThat(ids("?sort=-endDate")).containsExactly(draft, research, exchange, old);

        JsonNode page = officer.get("/api/v1/agreements?sort=title&size=3&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("items").findValuesAsString("title")).containsExactly("Gamma summer school");
    }

    @Test
    void explainsBadListParameters() {
        Response response = officer.get("/api/v1/agreements?type=x&status=active,paused&isced=6&expiringWithin=-1"
                + "&activeOn=yesterday&sort=partner");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("type",
                "status", "isced", "expiringWithin", "activeOn");
        assertThat(officer.get("/api/v1/agreements?sort=partner").json().get("errors").get(0).get("field")
                .asString()).isEqualTo("sort");
    }

    @Test
    void deletesAnAgreementAndAuditsEveryChange() {
        long id = agreement(officer, agreementWith(List.of(michigan), "startDate", "2025-09-01")).get("id").asLong();
        transition(id, "negotiating");
        assertThat(officer.delete("/api/v1/agreements/" + id).status()).isEqualTo(204);
        assertThat(officer.get("/api/v1/agreements/" + id).status()).isEqualTo(404);

        JsonNode audit = testUsers.admin(port).api().get("/api/v1/audit?entityType=agreement&entityId=" + id).json();
        assertThat(audit.get("items").findValuesAsString("action")).containsExactly("deleted", "status-changed",
                "created");
        assertThat(audit.get("items").get(1).get("afterJson").asString()).contains("\"status\":\"negotiating\"");
    }

    @Test
    void refusesToDeleteAPartnerWhileAnAgreementNamesIt() {
        agreement(officer, agreementWith(List.of(michigan)));
        Response response = officer.delete("/api/v1/partners/" + michigan);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).isEqualTo("University of Michigan (partner " + michigan
                + ") cannot be deleted while it is referred to by 1 agreement");
        assertThat(response.json().get("code").asString()).isEqualTo("partner.in-use");
    }

    @Test
    void refusesToDeleteAgreementsOfARenewalChain() {
        long id = activeAgreement(officer, "Chain", today.minusYears(1), today.plusYears(1)).get("id").asLong();
        long successor = officer.post("/api/v1/agreements/" + id + "/renewal",
                Map.of("startDate", today.plusYears(1).toString())).json().get("id").asLong();
        assertThat(officer.delete("/api/v1/agreements/" + id).json().get("detail").asString())
                .isEqualTo("agreement " + id + " is renewed by agreement " + successor
                        + " and cannot be deleted: it is part of the cooperation's history");
        assertThat(officer.delete("/api/v1/agreements/" + successor).status()).isEqualTo(409);
    }

    @Test
    void answers404ForAnUnknownAgreement() {
        String path = "/api/v1/agreements/987654321";
        assertThat(officer.get(path).status()).isEqualTo(404);
        assertThat(officer.put(path, agreementWith(List.of(michigan), "version", 0)).status()).isEqualTo(404);
        assertThat(officer.delete(path).status()).isEqualTo(404);
        assertThat(officer.post(path + "/transitions", Map.of("to", "active")).status()).isEqualTo(404);
        assertThat(officer.post(path + "/renewal", Map.of("startDate", "2030-01-01")).status()).isEqualTo(404);
    }

    @Test
    void publishesTheStatusMachine() {
        JsonNode lifecycle = officer.get("/api/v1/agreements/lifecycle").json();
        assertThat(lifecycle.get("expiringWindowDays").asInt()).isEqualTo(180);
        // draft 3, negotiating 3, active 4, expiring 4, expired 1, renewed 0, terminated 0
        assertThat(lifecycle.get("transitions")).hasSize(15);
        assertThat(lifecycle.get("transitions").get(0).get("from").asString()).isEqualTo("draft");
        assertThat(lifecycle.get("transitions").get(0).get("how").asString()).isEqualTo("by-hand");
    }

    @Test
    void describesAgreementsInTheOpenApiDocument() {
        JsonNode paths = new ApiClient(port, null).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/agreements/{id}/transitions")).isTrue();
        assertThat(paths.has("/api/v1/agreements/{agreementId}/documents")).isTrue();
        assertThat(paths.has("/api/v1/partners/{id}")).isTrue();
    }

    private Response transition(long id, String to) {
        return officer.post("/api/v1/agreements/" + id + "/transitions", Map.of("to", to));
    }

    private static String status(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("status").asString();
    }

    private List<Long> ids(String query) {
        Response response = officer.get("/api/v1/agreements" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
