package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.security.UserAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer records a partner and an agreement by typing part of a name and choosing with the keyboard. */
@MeridianIntegrationTest
class InstitutionPickerBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Test
    void anOfficerFindsAnInstitutionInTheRegistryByTypingAndChoosesItWithTheKeyboard() {
        long tenant = testUsers.newTenant("Picker Browser U");
        UserAccount officer = testUsers.newUser(Role.OFFICER, tenant, port).account();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).visit("/partners/new");
            WebElement search = browser.find("#field-institution");
            search.sendKeys("heidelberg univ");
            browser.waitForText("#institution-options", "Heidelberg University of Education");
            browser.screenshot("institution-picker-en");
            search.sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-label"))
                    .isEqualTo("Heidelberg University");
            WebElement page = browser.find("html");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(ExpectedConditions.stalenessOf(page));

            assertThat(browser.text("[data-test=from-registry]")).contains("Heidelberg University");
            assertThat(browser.find("#field-name").getAttribute("value")).isEqualTo("Heidelberg University");
            assertThat(new Select(browser.find("#field-country")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("DE");
            browser.clickAndWait(browser.find("[data-test=save]"));
            assertThat(browser.path()).matches("/partners/\\d+");
            assertThat(browser.text("h1")).isEqualTo("Heidelberg University");

            browser.visit("/agreements/new");
            browser.find("#field-title").sendKeys("Exchange with Heidelberg");
            new Select(browser.find("#field-type")).selectByValue("student-exchange");
            WebElement party = browser.find("#field-parties-0-partnerId");
            party.sendKeys("heidelb");
            browser.waitForText("#parties-0-partnerId-options", "Your partner");
            party.sendKeys(Keys.ARROW_DOWN);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(party.getAttribute("value")).isEqualTo("Heidelberg University");
            assertThat(browser.driver().findElements(By.cssSelector("#parties-0-partnerId-options li"))).isEmpty();
            browser.clickAndWait(browser.find("[data-test=save]"));
            assertThat(browser.path()).matches("/agreements/\\d+");
            assertThat(browser.text("[data-test=parties]")).contains("Heidelberg University");
        }
    }
}
