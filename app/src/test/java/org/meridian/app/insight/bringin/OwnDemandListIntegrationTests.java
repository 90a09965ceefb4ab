package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.security.Role;
import org.meridian.app.web.WebSession;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class OwnDemandListIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AnalyticsStore store;

    @Autowired
    BringingIn bringingIn;

    long tenant;
    ApiClient officer;
    ApiClient viewer;
    ApiClient otherOfficer;
    String home;

    @BeforeEach
    void generatedWorksAndAnInstitution() throws Exception {
        if (bringingIn.answers().isEmpty()) {
            GeneratedStore.ingest(store, GeneratedStore.SMALL);
        }
        tenant = testUsers.newTenant("Own Demand University");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
        viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();
        otherOfficer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Other University"), port).api();
        Unit any = bringingIn.answers().orElseThrow().analysis().landscape().units(UnitType.INSTITUTION).get(0);
        home = any.id();
    }

    /** Two subfields of the gap map that no other list or record marks high demand. */
    private List<String> subfieldsWithoutDemand() {
        List<String> chosen = new ArrayList<>();
        for (JsonNode field : officer.get("/api/v1/insight/bring-in/gaps?home=" + home).json().get("fields")) {
            boolean demanded = false;
            for (JsonNode classification : field.get("classes")) {
                demanded |= classification.get("gapClass").asString().equals("HIGH_DEMAND");
            }
            if (!demanded && chosen.size() < 2) {
                chosen.add(field.get("id").asString());
            }
        }
        return chosen;
    }

    private static List<String> highDemandReasons(JsonNode gaps, String fieldId) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode field : gaps.get("fields")) {
            if (field.get("id").asString().equals(fieldId)) {
                for (JsonNode classification : field.get("classes")) {
                    if (classification.get("gapClass").asString().equals("HIGH_DEMAND")) {
                        reasons.add(classification.get("reason").asString());
                    }
                }
            }
        }
        return reasons;
    }

    @Test
    void marksTheSavedSubfieldsHighDemandAndStatesTheListsSource() {
        List<String> chosen = subfieldsWithoutDemand();
        assertThat(officer.get("/api/v1/insight/bring-in/demand").json().get("saved").asBoolean()).isFalse();

        Response saved = officer.put("/api/v1/insight/bring-in/demand",
                Map.of("source", "Strategic plan 2026-2030", "fields", chosen));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode list = officer.get("/api/v1/insight/bring-in/demand").json();
        assertThat(list.get("source").asString()).isEqualTo("Strategic plan 2026-2030");
        assertThat(list.get("fields").size()).isEqualTo(2);
        JsonNode gaps = officer.get("/api/v1/insight/bring-in/gaps?home=" + home).json();
        for (String fieldId : chosen) {
            assertThat(highDemandReasons(gaps, fieldId)).singleElement().asString()
                    .contains("Own demand list", "Strategic plan 2026-2030");
        }
        List<String> sources = new ArrayList<>();
        gaps.get("demandSources").forEach(source -> sources.add(source.get("source").asString()));
        assertThat(sources).contains("Strategic plan 2026-2030");
        List<String> targets = new ArrayList<>();
        officer.get("/api/v1/insight/bring-in/partners?home=" + home).json().get("targetFields")
                .forEach(field -> targets.add(field.get("id").asString()));
        assertThat(targets).containsAll(chosen);
    }

    @Test
    void keepsEachInstitutionsListToItselfAndReplacesItOnSave() {
        List<String> chosen = subfieldsWithoutDemand();
        officer.put("/api/v1/insight/bring-in/demand", Map.of("source", "Senate decision 12/2026", "fields", chosen));
        officer.put("/api/v1/insight/bring-in/demand", Map.of("source", "Senate decision 13/2026",
                "fields", List.of(chosen.get(1))));

        JsonNode list = officer.get("/api/v1/insight/bring-in/demand").json();
        assertThat(list.get("source").asString()).isEqualTo("Senate decision 13/2026");
        assertThat(list.get("fields").size()).isEqualTo(1);
        assertThat(otherOfficer.get("/api/v1/insight/bring-in/demand").json().get("saved").asBoolean()).isFalse();
        assertThat(highDemandReasons(otherOfficer.get("/api/v1/insight/bring-in/gaps?home=" + home).json(),
                chosen.get(1))).isEmpty();
    }

    @Test
    void refusesViewersAndFieldIdsThatAreNotSubfields() {
        assertThat(viewer.put("/api/v1/insight/bring-in/demand", Map.of("source", "Plan", "fields", List.of("1702")))
                .status()).isEqualTo(403);
        Response invalid = officer.put("/api/v1/insight/bring-in/demand", Map.of("source", "Plan", "fields",
                List.of("17")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("four digits");
        assertThat(officer.put("/api/v1/insight/bring-in/demand", Map.of("source", " ", "fields", List.of("1702")))
                .status()).isEqualTo(400);
    }

    @Test
    void showsTheListOnTheBringInPageWithAnEditFormForOfficers() {
        List<String> chosen = subfieldsWithoutDemand();
        Response before = officer.send(officer.request("/bring-in?home=" + home).header("Accept", "text/html").GET());
        assertThat(before.text()).contains("data-test=\"own-demand-form\"", "No list saved yet.");

        officer.put("/api/v1/insight/bring-in/demand", Map.of("source", "Strategic plan 2026-2030", "fields", chosen));

        Response after = officer.send(officer.request("/bring-in?home=" + home).header("Accept", "text/html").GET());
        assertThat(after.text()).contains("Strategic plan 2026-2030", chosen.get(0));
        Response viewerPage = viewer.send(viewer.request("/bring-in?home=" + home).header("Accept", "text/html").GET());
        assertThat(viewerPage.text()).contains("Strategic plan 2026-2030").doesNotContain("own-demand-form");
    }

    @Test
    void savesTheListTypedIntoTheBringInPageFormAndShowsIt() {
        List<String> chosen = subfieldsWithoutDemand();
        String username = testUsers.newUser(Role.OFFICER, tenant, port).account().username();
        WebSession browser = WebSession.signIn(port, username, TestUsers.PASSWORD);
        assertThat(browser.get("/bring-in?home=" + home).text()).contains("data-test=\"own-demand-form\"",
                "No list saved yet.");

        WebSession.Page saved = browser.post("/bring-in/demand", Map.of("fields", chosen.get(0) + ", " + chosen.get(1),
                "source", "Faculty board decision 3/2026", "home", home));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.locationPath()).isEqualTo("/bring-in?home=" + home);
        String page = browser.get(saved.locationPath()).text();
        assertThat(page).contains("Faculty board decision 3/2026").doesNotContain("No list saved yet.");
        String shown = page.substring(page.indexOf("data-test=\"own-demand-fields\""));
        assertThat(shown.substring(0, shown.indexOf("</ul>"))).contains(chosen.get(0), chosen.get(1));
        JsonNode list = officer.get("/api/v1/insight/bring-in/demand").json();
        assertThat(list.get("source").asString()).isEqualTo("Faculty board decision 3/2026");
        assertThat(list.get("fields").size()).isEqualTo(2);
    }

    @Test
    void bringsBackThePageWithTheReasonWhenTheFormHasNoSubfieldIds() {
        String username = testUsers.newUser(Role.OFFICER, tenant, port).account().username();
        WebSession browser = WebSession.signIn(port, username, TestUsers.PASSWORD);
        browser.get("/bring-in?home=" + home);

        WebSession.Page refused = browser.post("/bring-in/demand", Map.of("fields", "17", "source", "Plan",
                "home", home));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(browser.get(refused.locationPath()).text()).contains("is not an OpenAlex subfield id",
                "No list saved yet.");
        assertThat(officer.get("/api/v1/insight/bring-in/demand").json().get("saved").asBoolean()).isFalse();
    }
}
