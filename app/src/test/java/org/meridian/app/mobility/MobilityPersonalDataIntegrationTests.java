package org.meridian.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.mobility.MobilityApiIntegrationTests.counts;
import static org.meridian.app.mobility.MobilityApiIntegrationTests.row;
import static org.meridian.app.mobility.MobilityApiIntegrationTests.rows;
import static org.meridian.app.mobility.MobilityDrafts.inboundScholar;
import static org.meridian.app.mobility.MobilityDrafts.outboundStudent;
import static org.meridian.app.mobility.MobilityDrafts.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class MobilityPersonalDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    long tenant;
    ApiClient officer;
    ApiClient viewer;
    long mobility;

    @BeforeEach
    void institutionWithOneMobility() {
        tenant = testUsers.newTenant("Personal Data U");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
        viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        ApiClient.Response created = officer.post("/api/v1/mobility", outboundStudent("Ouyang", "P-2023-77"));
        assertThat(created.status()).isEqualTo(201);
        mobility = created.json().get("id").asLong();
    }

    @Test
    void viewersReadTheRecordWithoutAnyPersonField() {
        ApiClient.Response read = viewer.get("/api/v1/mobility/" + mobility);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("country").asString()).isEqualTo("DE");
        assertThat(read.json().has("person")).isFalse();
        assertThat(read.text()).doesNotContain("Ouyang").doesNotContain("P-2023-77").doesNotContain("2001-04-12")
                .doesNotContain("familyName");
    }

    @Test
    void viewersListRecordsWithoutAnyPersonField() {
        ApiClient.Response list = viewer.get("/api/v1/mobility");

        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).has("person")).isFalse();
        assertThat(list.text()).doesNotContain("Ouyang").doesNotContain("ouyang@");
    }

    @Test
    void viewersCannotSearchOrSortByThePersonsName() {
        assertThat(officer.get("/api/v1/mobility?q=ouyang").json().get("total").asLong()).isEqualTo(1);
        assertThat(viewer.get("/api/v1/mobility?q=ouyang").json().get("total").asLong()).isZero();
        assertThat(viewer.get("/api/v1/mobility?q=computer").json().get("total").asLong()).isEqualTo(1);
        assertThat(viewer.get("/api/v1/mobility?sort=familyName").status()).isEqualTo(400);
    }

    @Test
    void officersAndAdministratorsOfTheTenantSeeThePerson() {
        assertThat(officer.get("/api/v1/mobility/" + mobility).json().get("person").get("familyName").asString())
                .isEqualTo("Ouyang");
        ApiClient admin = testUsers.admin(port).api().forTenant(tenant);
        assertThat(admin.get("/api/v1/mobility/" + mobility).json().get("person").get("email").asString())
                .isEqualTo("ouyang@example.edu.cn");
    }

    @Test
    void analystsReadNoRecords() {
        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();
        assertThat(analyst.get("/api/v1/mobility").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/mobility/" + mobility).status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/mobility/summary").status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/mobility", outboundStudent("Analyst", "X")).status()).isEqualTo(403);
    }

    @Test
    void analystsCountAcrossInstitutionsWithoutPersonalData() {
        long other = testUsers.newTenant("Second Personal Data U");
        ApiClient otherOfficer = testUsers.newUser(Role.OFFICER, other, port).api();
        create(officer, with(with(outboundStudent("Ximen", "C-1"), "startDate", "2071-02-01"), "endDate", "2071-06-30"));
        create(officer, with(with(with(outboundStudent("Ximen", "C-2"), "startDate", "2071-03-01"), "endDate",
                "2071-06-30"), "country", "FR"));
        create(otherOfficer, inboundScholar("Kobayashi", "2071-10-01", "2071-12-31"));
        create(otherOfficer, inboundScholar("Kobayashi", "2072-01-05", "2072-02-28")); // outside the range
        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();

        ApiClient.Response response = analyst.get("/api/v1/mobility/summary?scope=all&from=2071-01-01&to=2071-12-31");

        assertThat(response.status()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(summary.get("scope").asString()).isEqualTo("all");
        assertThat(summary.get("tenantId").isNull()).isTrue();
        assertThat(counts(summary.get("total"))).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(rows(summary.get("byAcademicYear"))).containsExactly(row("2070/2071", 0, 2), row("2071/2072", 1, 0));
        assertThat(rows(summary.get("byCountry"))).containsExactly(row("DE", 0, 1), row("FR", 0, 1), row("JP", 1, 0));
        assertThat(response.text()).doesNotContain("Ximen").doesNotContain("Kobayashi").doesNotContain("C-1");
    }

    @Test
    void onlyAnalystsAndAdministratorsCountAcrossInstitutions() {
        assertThat(officer.get("/api/v1/mobility/summary?scope=all").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/mobility/summary?scope=all").status()).isEqualTo(403);
        assertThat(testUsers.admin(port).api().get("/api/v1/mobility/summary?scope=all").status()).isEqualTo(200);
    }

    @Test
    void anotherInstitutionsOfficerFindsNothing() {
        long other = testUsers.newTenant("Other Personal Data U");
        ApiClient stranger = testUsers.newUser(Role.OFFICER, other, port).api();
        ApiClient strangerViewer = testUsers.newUser(Role.VIEWER, other, port).api();
        Map<String, Object> replacement = with(outboundStudent("Ouyang", "P-2023-77"), "version", 0);

        assertThat(stranger.get("/api/v1/mobility/" + mobility).status()).isEqualTo(404);
        assertThat(strangerViewer.get("/api/v1/mobility/" + mobility).status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/mobility/" + mobility, replacement).status()).isEqualTo(404);
        assertThat(stranger.delete("/api/v1/mobility/" + mobility).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/mobility").json().get("total").asLong()).isZero();
        assertThat(stranger.get("/api/v1/mobility/summary").json().get("total").get("total").asLong()).isZero();
        assertThat(officer.get("/api/v1/mobility/" + mobility).json().get("version").asInt()).isZero();
    }

    @Test
    void theSamePersonAndMobilityMayBeRecordedByTwoInstitutions() {
        long other = testUsers.newTenant("Twin Personal Data U");
        ApiClient otherOfficer = testUsers.newUser(Role.OFFICER, other, port).api();
        assertThat(otherOfficer.post("/api/v1/mobility", outboundStudent("Ouyang", "P-2023-77")).status())
                .isEqualTo(201);
    }

    private static void create(ApiClient api, Map<String, Object> draft) {
        ApiClient.Response response = api.post("/api/v1/mobility", draft);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }
}
