package org.meridian.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.agreements.RecordFixtures.agreement;
import static org.meridian.app.agreements.RecordFixtures.agreementWith;
import static org.meridian.app.agreements.RecordFixtures.partner;
import static org.meridian.app.agreements.TestDocuments.upload;

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

/**
 * Partners, agreements and documents across tenants and roles, tried through every endpoint: another tenant's
 * officer meets 404 (the record does not exist for them), a viewer 403 on every write, an analyst 403 on every
 * individual record.
 */
@MeridianIntegrationTest
class RecordTenancyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    long tenant;
    ApiClient owner;
    long partnerId;
    long agreementId;
    long documentId;

    @BeforeEach
    void oneTenantsRecords() {
        tenant = testUsers.newTenant("Owner University");
        owner = testUsers.newUser(Role.OFFICER, tenant, port).api();
        partnerId = partner(owner, "Sorbonne University", "FR");
        agreementId = agreement(owner, agreementWith(List.of(partnerId), "title", "Owner's exchange",
                "startDate", "2025-09-01")).get("id").asLong();
        documentId = upload(owner, agreementId, "signed.pdf", TestDocuments.pdf("Signed")).json().get("id").asLong();
    }

    @Test
    void anotherTenantsOfficerFindsNoneOfTheRecords() {
        ApiClient stranger = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Stranger University"), port).api();
        String partner = "/api/v1/partners/" + partnerId;
        String agreement = "/api/v1/agreements/" + agreementId;
        String document = agreement + "/documents/" + documentId;

        assertThat(stranger.get(partner).status()).isEqualTo(404);
        assertThat(stranger.put(partner, Map.of("kind", "institution", "name", "Taken", "country", "FR",
                "version", 0)).status()).isEqualTo(404);
        assertThat(stranger.delete(partner).status()).isEqualTo(404);
        assertThat(stranger.get(agreement).status()).isEqualTo(404);
        assertThat(stranger.put(agreement, agreementWith(List.of(partnerId), "version", 0)).status()).isEqualTo(404);
        assertThat(stranger.post(agreement + "/transitions", Map.of("to", "terminated")).status()).isEqualTo(404);
        assertThat(stranger.post(agreement + "/renewal", Map.of("startDate", "2030-01-01")).status()).isEqualTo(404);
        assertThat(stranger.get(agreement + "/documents").status()).isEqualTo(404);
        assertThat(stranger.get(document).status()).isEqualTo(404);
        assertThat(stranger.get(document + "/content").status()).isEqualTo(404);
        assertThat(upload(stranger, agreementId, "x.pdf", TestDocuments.pdf("x")).status()).isEqualTo(404);
        assertThat(stranger.delete(document).status()).isEqualTo(404);
        assertThat(stranger.delete(agreement).status()).isEqualTo(404);

        assertThat(stranger.get("/api/v1/partners?q=sorbonne").json().get("total").asLong()).isZero();
        assertThat(stranger.get("/api/v1/agreements?partner=" + partnerId).json().get("total").asLong()).isZero();
        assertThat(stranger.get("/api/v1/agreements").json().get("total").asLong()).isZero();
        assertThat(stranger.post("/api/v1/agreements/status/refresh", "{}").json().get("changes")).isEmpty();

        Response borrowing = stranger.post("/api/v1/agreements", agreementWith(List.of(partnerId)));
        assertThat(borrowing.status()).isEqualTo(400);
        assertThat(borrowing.json().get("errors").get(0).get("message").asString())
                .isEqualTo("no partner with id " + partnerId);

        assertThat(owner.get(agreement).json().get("status").asString()).isEqualTo("draft");
        assertThat(owner.get(document + "/content").status()).isEqualTo(200);
        assertThat(owner.get(partner).json().get("name").asString()).isEqualTo("Sorbonne University");
    }

    @Test
    void aViewerReadsButChangesNothing() {
        ApiClient viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        String partner = "/api/v1/partners/" + partnerId;
        String agreement = "/api/v1/agreements/" + agreementId;
        String document = agreement + "/documents/" + documentId;

        assertThat(viewer.get(partner).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/partners").json().get("total").asLong()).isEqualTo(1);
        assertThat(viewer.get(agreement).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/agreements").json().get("total").asLong()).isEqualTo(1);
        assertThat(viewer.get(document + "/content").status()).isEqualTo(200);

        assertThat(viewer.post("/api/v1/partners", Map.of("kind", "institution", "name", "New", "country", "FR"))
                .status()).isEqualTo(403);
        assertThat(viewer.put(partner, Map.of("kind", "institution", "name", "Renamed", "country", "FR",
                "version", 0)).status()).isEqualTo(403);
        assertThat(viewer.delete(partner).status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/agreements", agreementWith(List.of(partnerId))).status()).isEqualTo(403);
        assertThat(viewer.put(agreement, agreementWith(List.of(partnerId), "version", 0)).status()).isEqualTo(403);
        assertThat(viewer.post(agreement + "/transitions", Map.of("to", "negotiating")).status()).isEqualTo(403);
        assertThat(viewer.post(agreement + "/renewal", Map.of("startDate", "2030-01-01")).status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/agreements/status/refresh", "{}").status()).isEqualTo(403);
        assertThat(upload(viewer, agreementId, "x.pdf", TestDocuments.pdf("x")).status()).isEqualTo(403);
        assertThat(viewer.delete(document).status()).isEqualTo(403);
        assertThat(viewer.delete(agreement).status()).isEqualTo(403);

        assertThat(owner.get(agreement).json().get("version").asInt()).isZero();
        assertThat(owner.get(agreement + "/documents").json()).hasSize(1);
    }

    @Test
    void anAnalystSeesNoIndividualRecord() {
        ApiClient analyst = testUsers.newUser(Role.ANALYST, null, port).api();
        assertThat(analyst.get("/api/v1/partners").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/partners/" + partnerId).status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/agreements").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/agreements/" + agreementId).status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/agreements/" + agreementId + "/documents").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/agreements/" + agreementId + "/documents/" + documentId + "/content")
                .status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/partners", Map.of("kind", "institution", "name", "New", "country", "FR"))
                .status()).isEqualTo(403);
    }

    @Test
    void anAdministratorWorksInTheTenantTheyChoose() {
        ApiClient admin = testUsers.admin(port).api();
        assertThat(admin.forTenant(tenant).get("/api/v1/partners/" + partnerId).status()).isEqualTo(200);
        assertThat(admin.forTenant(tenant).get("/api/v1/agreements/" + agreementId).status()).isEqualTo(200);

        long other = testUsers.newTenant("Admin's Other University");
        assertThat(admin.forTenant(other).get("/api/v1/partners/" + partnerId).status()).isEqualTo(404);
        assertThat(admin.forTenant(other).get("/api/v1/agreements/" + agreementId).status()).isEqualTo(404);
        assertThat(admin.forTenant(other).get("/api/v1/agreements").json().get("total").asLong()).isZero();
    }
}
