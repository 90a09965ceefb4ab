package org.meridian.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.agreements.RecordFixtures.activeAgreement;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The calendar moving agreements in force. Time passing is simulated by moving an agreement's end date in the
 * database, as if the days between had gone by; "today" is the application's clock.
 */
@MeridianIntegrationTest
class AgreementCalendarIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyStatusRefresh nightly;

    ApiClient officer;
    LocalDate today;

    @BeforeEach
    void newInstitution() {
        officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Calendar Test University"), port).api();
        today = LocalDate.now(clock);
    }

    @Test
    void refreshMarksAgreementsExpiringAndExpiredWhenTheirDaysCome() {
        long ending = activeAgreement(officer, "Ending", today.minusYears(3), today.plusYears(2)).get("id").asLong();
        long nearing = activeAgreement(officer, "Nearing", today.minusYears(3), today.plusYears(2)).get("id").asLong();
        long lasting = activeAgreement(officer, "Lasting", today.minusYears(3), today.plusYears(2)).get("id").asLong();
        endOn(ending, today.minusDays(1));
        endOn(nearing, today.plusDays(30));

        assertThat(statusOf(ending)).isEqualTo("active");
        Response refreshed = officer.post("/api/v1/agreements/status/refresh", "{}");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("expiringWindowDays").asInt()).isEqualTo(180);
        JsonNode changes = refreshed.json().get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("agreementId").asLong()).isEqualTo(ending);
        assertThat(changes.get(0).get("from").asString()).isEqualTo("active");
        assertThat(changes.get(0).get("to").asString()).isEqualTo("expired");
        assertThat(changes.get(0).get("how").asString()).isEqualTo("by-calendar");
        assertThat(changes.get(1).get("to").asString()).isEqualTo("expiring");
        assertThat(statusOf(ending)).isEqualTo("expired");
        assertThat(statusOf(nearing)).isEqualTo("expiring");
        assertThat(statusOf(lasting)).isEqualTo("active");

        assertThat(officer.post("/api/v1/agreements/status/refresh", "{}").json().get("changes")).isEmpty();
    }

    @Test
    void theNightlyRunMovesEveryTenantsAgreementsAsTheSystem() {
        ApiClient otherOfficer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Other Calendar U"), port).api();
        long mine = activeAgreement(officer, "Mine", today.minusYears(3), today.plusYears(2)).get("id").asLong();
        long theirs = activeAgreement(otherOfficer, "Theirs", today.minusYears(3), today.plusYears(2)).get("id")
                .asLong();
        endOn(mine, today.minusDays(3));
        endOn(theirs, today.plusDays(179));

        assertThat(nightly.refreshEveryTenant()).isGreaterThanOrEqualTo(2);

        assertThat(statusOf(mine)).isEqualTo("expired");
        assertThat(otherOfficer.get("/api/v1/agreements/" + theirs).json().get("status").asString())
                .isEqualTo("expiring");
        JsonNode audit = testUsers.admin(port).api().get("/api/v1/audit?entityType=agreement&entityId=" + mine)
                .json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("status-changed");
        assertThat(audit.get("actor").asString()).isEqualTo("system");
    }

    @Test
    void movesAnExpiringAgreementBackWhenItsEndIsPostponed() {
        long id = activeAgreement(officer, "Postponed", today.minusYears(3), today.plusDays(10)).get("id").asLong();
        assertThat(statusOf(id)).isEqualTo("expiring");
        endOn(id, today.plusYears(1));

        officer.post("/api/v1/agreements/status/refresh", "{}");

        assertThat(statusOf(id)).isEqualTo("active");
    }

    @Test
    void viewersMayNotRefresh() {
        ApiClient viewer = testUsers.newUser(Role.VIEWER, testUsers.newTenant("Viewer Calendar U"), port).api();
        assertThat(viewer.post("/api/v1/agreements/status/refresh", "{}").status()).isEqualTo(403);
    }

    private void endOn(long id, LocalDate end) {
        assertThat(jdbc.sql("update agreement set end_date = :end where id = :id").param("end", end)
                .param("id", id).update()).isEqualTo(1);
    }

    private String statusOf(long id) {
        return officer.get("/api/v1/agreements/" + id).json().get("status").asString();
    }
}
