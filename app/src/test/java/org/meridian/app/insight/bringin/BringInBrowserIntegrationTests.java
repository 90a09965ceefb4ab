package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.security.Role;
import org.meridian.app.web.Browser;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Bring in page in real headless Chromium: its gap chart is drawn, an officer who changes the partner
 * weights sees the ranking follow them, the weights kept in the form, and a wrong weight explained, and after an
 * ingest the page says that the works are being analysed and shows the answers by itself once they are ready.
 */
@MeridianIntegrationTest
class BringInBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AnalyticsStore store;

    @Autowired
    BringingIn bringingIn;

    @Test
    void anOfficerChangesThePartnerWeightsAndTheRankingFollowsThem() throws Exception {
        GeneratedStore.ingest(store, GeneratedStore.SMALL);
        String home = GeneratedStore.largestInstitution(bringingIn.answers().orElseThrow().analysis().landscape()).id();
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Bring In Browser U"), port);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.account().username(), TestUsers.PASSWORD).visit("/bring-in?home=" + home);
            assertThat(browser.all("#gap-chart canvas")).isNotEmpty();
            assertThat(browser.text("main")).doesNotContain("No works analysed yet");
            assertThat(browser.all("[data-test=partner-row]")).hasSize(10);

            browser.find("[data-test=bring-in-form] input[name=weights]")
                    .sendKeys("strength:1,complementarity:0,feasibility:0,diversity:0");
            browser.clickAndWait(browser.find("[data-test=bring-in-form] button[type=submit]"));
            browser.screenshot("bring-in-reweighted");
            browser.driver().executeScript("document.querySelector('[data-test=partners]').scrollIntoView()");
            browser.screenshot("bring-in-reweighted-partners");

            assertThat(browser.find("[data-test=bring-in-form] input[name=weights]").getAttribute("value"))
                    .isEqualTo("strength:1,complementarity:0,feasibility:0,diversity:0");
            // the first bar of each row is its strength, its value in the title: only strength counts now
            List<Double> strengths = browser.all("[data-test=partner-row] .factor-bar:first-child").stream()
                    .map(bar -> Double.valueOf(bar.getAttribute("title"))).toList();
            assertThat(strengths).hasSize(10).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(browser.find("[data-test=partners] a[href*='shortlist.xlsx']").getAttribute("href"))
                    .contains("weights=strength:1,complementarity:0,feasibility:0,diversity:0");

            browser.find("[data-test=bring-in-form] input[name=weights]").clear();
            browser.find("[data-test=bring-in-form] input[name=weights]").sendKeys("novelty:1");
            browser.clickAndWait(browser.find("[data-test=bring-in-form] button[type=submit]"));
            assertThat(browser.text("p.error[role=alert]")).contains("unknown weight 'novelty'");
            assertThat(browser.all("[data-test=partner-row]")).isEmpty();
        }
    }

    @Test
    void afterAnIngestThePageSaysTheWorksAreBeingAnalysedAndThenShowsTheAnswers() throws Exception {
        GeneratedStore.ingest(store, GeneratedStore.SMALL);
        String home = GeneratedStore.largestInstitution(bringingIn.answers().orElseThrow().analysis().landscape()).id();
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Bring In Waiting U"), port);
        // the same works read again from other files: the store has changed, so the analysis is out of date
        GeneratedStore.ingest(store, GeneratedStore.SMALL);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.account().username(), TestUsers.PASSWORD).visit("/bring-in?home=" + home);

            assertThat(browser.text("[data-test=bring-in-preparing]")).contains("being analysed");
            assertThat(browser.text("main")).doesNotContain("No works analysed yet");
            browser.screenshot("bring-in-preparing");
            // the page comes back by itself, with the answers
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(driver -> !browser.all("[data-test=partner-row]").isEmpty());
            assertThat(browser.all("[data-test=partner-row]")).hasSize(10);
            assertThat(browser.has("[data-test=bring-in-preparing]")).isFalse();
        }
    }
}
