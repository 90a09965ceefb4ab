package org.meridian.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class DemoInstitutionIntegrationTests {

    private static final Set<String> OECD_DESTINATIONS = Set.of("US", "GB", "AU", "JP", "DE", "CA", "FR", "KR", "NL",
            "IT", "SE", "CH", "NZ", "FI", "DK", "IE", "ES", "BE");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    DemoRecords demoRecords;

    @Autowired
    Tenancy tenancy;

    @Test
    void seedsAgreementsInEveryStatusAndFlowsShapedLikeAChineseUniversitys() {
        ApiClient officer = seededInstitution(7L, 400);
        Set<String> statuses = new HashSet<>();
        for (JsonNode agreement : officer.get("/api/v1/agreements?size=500").json().get("items")) {
            statuses.add(agreement.get("status").asString());
        }
        assertThat(statuses).contains("draft", "negotiating", "active", "expiring", "expired", "renewed", "terminated");

        JsonNode summary = officer.get("/api/v1/mobility/summary").json();
        long outboundToOecd = 0;
        long inboundFromOecd = 0;
        for (JsonNode country : summary.get("byCountry")) {
            if (OECD_DESTINATIONS.contains(country.get("key").asString())) {
                outboundToOecd += country.get("outbound").asLong();
                inboundFromOecd += country.get("inbound").asLong();
            }
        }
        long outbound = summary.get("total").get("outbound").asLong();
        long inbound = summary.get("total").get("inbound").asLong();
        assertThat(outbound + inbound).isGreaterThan(350);
        assertThat((double) outboundToOecd / outbound).isGreaterThan(0.6);
        assertThat((double) inboundFromOecd / inbound).isLessThan(0.4);
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        JsonNode first = seededInstitution(11L, 150).get("/api/v1/mobility/summary").json();
        JsonNode second = seededInstitution(11L, 150).get("/api/v1/mobility/summary").json();
        assertThat(second.get("byCountry")).isEqualTo(first.get("byCountry"));
        assertThat(second.get("byAcademicYear")).isEqualTo(first.get("byAcademicYear"));
    }

    private ApiClient seededInstitution(long seed, int mobilityRecords) {
        long tenant = testUsers.newTenant("Demo copy " + seed);
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, tenant, port);
        CurrentUser seeder = new CurrentUser(officer.account().id(), officer.account().username(), "seeder",
                Role.OFFICER, tenant, "en");
        tenancy.runAs(seeder, () -> demoRecords.seed(seed, mobilityRecords, new DemoRecords.Counts()));
        return officer.api();
    }
}
