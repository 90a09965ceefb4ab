package org.meridian.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianIntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Test
    void answersUnauthenticatedApiCallsWith401AndNoRedirect() {
        ApiClient.Response response = new ApiClient(port, null).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("API token");
    }

    @Test
    void refusesAnUnknownToken() {
        assertThat(new ApiClient(port, "mrd_not-a-real-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void showsTheSignedInUser() {
        long tenant = testUsers.newTenant("Fudan-like University");
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, tenant, port);
        ApiClient.Response me = officer.api().get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(officer.account().username());
        assertThat(me.json().get("role").asString()).isEqualTo("OFFICER");
        assertThat(me.json().get("tenantId").asLong()).isEqualTo(tenant);
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        TestUsers.Caller viewer = testUsers.newUser(Role.VIEWER, testUsers.newTenant("Viewer U"), port);
        ApiClient.Response issued = viewer.api().post("/api/v1/me/tokens", Map.of("name", "script"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        ApiClient second = new ApiClient(port, token);
        assertThat(second.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(viewer.api().get("/api/v1/me/tokens").text()).doesNotContain(token);

        assertThat(viewer.api().delete("/api/v1/me/tokens/" + issued.json().get("id").asLong()).status())
                .isEqualTo(204);
        assertThat(second.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Officer U"), port);
        assertThat(officer.api().get("/api/v1/users").status()).isEqualTo(403);
        assertThat(officer.api().post("/api/v1/users", Map.of("username", "intruder", "password", "0123456789x",
                "role", "ADMIN")).status()).isEqualTo(403);
    }

    @Test
    void explainsEveryInvalidFieldOfANewUser() {
        TestUsers.Caller admin = testUsers.admin(port);
        ApiClient.Response response = admin.api().post("/api/v1/users",
                Map.of("username", "x", "password", "short", "role", "OFFICER"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("username", "password", "tenantId");
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void recordsUserCreationInTheAuditLog() {
        TestUsers.Caller admin = testUsers.admin(port);
        long tenant = testUsers.newTenant("Audited U");
        ApiClient.Response created = admin.api().post("/api/v1/users", Map.of("username", "audited-" + tenant,
                "password", "0123456789ab", "role", "VIEWER", "tenantId", tenant));
        assertThat(created.status()).isEqualTo(201);
        ApiClient.Response audit = admin.api().get("/api/v1/audit?entityType=user&entityId="
                + created.json().get("id").asLong());
        assertThat(audit.json().get("items")).hasSize(1);
        assertThat(audit.json().get("items").get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(audit.json().get("items").get(0).get("afterJson").asString()).contains("audited-" + tenant)
                .doesNotContain("password");
    }

    @Test
    void refusesAPasswordChangeWithTheWrongCurrentPassword() {
        TestUsers.Caller viewer = testUsers.newUser(Role.VIEWER, testUsers.newTenant("Password U"), port);
        ApiClient.Response wrong = viewer.api().put("/api/v1/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "another-good-one"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(viewer.api().put("/api/v1/me/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "another-good-one")).status())
                .isEqualTo(204);
    }

    @Test
    void publishesHealthAndTheOpenApiDocumentWithoutSignIn() {
        ApiClient anonymous = new ApiClient(port, null);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/v3/api-docs").json().get("paths").has("/api/v1/me")).isTrue();
    }
}
