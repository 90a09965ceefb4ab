package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator manages user accounts on the administration page; nobody else may open it. */
@MeridianIntegrationTest
class UserAdminPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Users users;

    @Test
    void anAdministratorCreatesDisablesAndResetsTheAccountOfAnOfficer() {
        long tenant = testUsers.newTenant("Admin Page U");
        String username = "li.wei-" + UUID.randomUUID().toString().substring(0, 6);
        WebSession admin = WebSession.signIn(port, "admin", TestUsers.ADMIN_PASSWORD);
        WebSession.Page start = admin.get("/admin");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.locationPath()).isEqualTo("/admin/users");
        admin.get("/admin/users");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "Li Wei");
        form.put("password", "short");
        form.put("role", "OFFICER");
        form.put("locale", "zh");
        WebSession.Page rejected = admin.post("/admin/users", form);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.text()).contains("is required for the international office and readers")
                .contains("must have at least 10 characters").contains("value=\"" + username + "\"")
                .doesNotContain("value=\"short\"");

        form.put("password", TestUsers.PASSWORD);
        form.put("tenantId", String.valueOf(tenant));
        WebSession.Page created = admin.post("/admin/users", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").text()).contains("The user has been created.")
                .contains("data-username=\"" + username + "\"").contains("Admin Page U");
        assertThat(WebSession.signIn(port, username, TestUsers.PASSWORD).get("/").status()).isEqualTo(200);

        long id = users.byUsername(username).orElseThrow().id();
        admin.get("/admin/users");
        assertThat(admin.post("/admin/users/" + id + "/password", Map.of("password", "a-new-good-password"))
                .status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").text()).contains("The new password has been set.");
        assertThat(WebSession.signIn(port, username, "a-new-good-password").get("/").status()).isEqualTo(200);
        assertThatThrownBy(() -> WebSession.signIn(port, username, TestUsers.PASSWORD))
                .isInstanceOf(IllegalStateException.class);

        assertThat(admin.post("/admin/users/" + id + "/enabled?enabled=false", Map.of()).status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").text()).contains("data-test=\"notice\"");
        assertThat(users.byUsername(username).orElseThrow().enabled()).isFalse();
        assertThatThrownBy(() -> WebSession.signIn(port, username, "a-new-good-password"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAdministratorsMayOpenThePage() {
        long tenant = testUsers.newTenant("Not Admin U");
        WebSession officer = WebSession.signIn(port,
                testUsers.newUser(Role.OFFICER, tenant, port).account().username(), TestUsers.PASSWORD);
        assertThat(officer.get("/admin/users").status()).isEqualTo(403);
        assertThat(officer.post("/admin/users", Map.of("username", "intruder", "password", "a-long-password",
                "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(users.byUsername("intruder")).isEmpty();
    }
}
