package org.meridian.app.web.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.security.UserAccount;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engagement pages over real HTTP with a signed-in officer, on both databases. */
@MeridianIntegrationTest
class EngagementPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Test
    void recordsAnEngagementListsItByFilterExportsItAndShowsItOnTheDashboard() {
        long tenant = testUsers.newTenant("Engaged U");
        UserAccount officer = testUsers.newUser(Role.OFFICER, tenant, port).account();
        WebSession session = WebSession.signIn(port, officer.username(), TestUsers.PASSWORD);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("organisationCode", "UNESCO");
        form.put("organisationName", "United Nations Educational, Scientific and Cultural Organization");
        form.put("kind", "committee-seat");
        form.put("role", "member");
        form.put("title", "=Advisory committee on open science");
        form.put("startDate", "2025-01-01");
        form.put("evidenceUrl", "not a web address");
        session.get("/engagements/new");
        WebSession.Page rejected = session.post("/engagements", form);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.text()).contains("id=\"field-evidenceUrl-error\"")
                .contains("value=\"=Advisory committee on open science\"");

        form.put("evidenceUrl", "https://www.unesco.org/en/open-science");
        WebSession.Page created = session.post("/engagements", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(session.get(created.locationPath()).text()).contains("Committee seat").contains("Member (contributed)")
                .contains("<td>created</td>");

        assertThat(session.get("/engagements?standing=contributed&organisation=UNESCO").text())
                .contains("one engagement");
        assertThat(session.get("/engagements?standing=led").text()).contains("data-test=\"no-match\"");
        assertThat(session.get("/engagements/export?format=csv&standing=contributed").text())
                .contains("'=Advisory committee on open science").contains("committee-seat");
        assertThat(session.get("/").text()).contains("data-test=\"recent-engagements\"")
                .contains("=Advisory committee on open science");
    }
}
