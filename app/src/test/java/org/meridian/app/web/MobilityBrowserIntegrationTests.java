package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccount;
import org.meridian.core.mobility.AcademicYear;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An international officer's day with mobility records, in real headless Chromium. */
@MeridianIntegrationTest
class MobilityBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Tenants tenants;

    @Test
    void anOfficerRecordsAndImportsMobilityAndSeesItOnTheDashboard(@TempDir Path folder) throws IOException {
        String code = "hz-" + UUID.randomUUID().toString().substring(0, 8);
        long tenant = tenants.add(code, "Hangzhou Demonstration University", "杭州示范大学", "CN", null, false);
        UserAccount officer = testUsers.newUser(Role.OFFICER, tenant, port).account();
        AcademicYear year = AcademicYear.containing(LocalDate.now());
        LocalDate start = year.firstDay().plusDays(14);

        Path bad = folder.resolve("mobility-bad.csv");
        Files.writeString(bad, "方向,类别,国家或地区,开始日期,结束日期,经费来源,姓,国籍\n"
                + "出国,学生,DE,2025-09-01,2026-01-31,自费,钱,CN\n"
                + "去月球,访问学者,DE,2025-09-01,2026-01-31,自费,孙,CN\n", StandardCharsets.UTF_8);
        Path good = folder.resolve("mobility.csv");
        Files.writeString(good, "Direction,Category,Country,Start date,End date,Funding,Family name,Nationality\n"
                + "outbound,visiting-scholar,FR," + start + "," + start.plusDays(90) + ",institutional,Lu,CN\n"
                + "outbound,staff-teaching,FR," + start + "," + start.plusDays(20) + ",institutional,Ma,CN\n"
                + "inbound,visiting-scholar,KZ," + start + "," + start.plusDays(60) + ",partner-funded,Abai,KZ\n",
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).visit("/mobility");
            browser.find("[data-test=empty-state]");
            browser.clickAndWait(browser.find("[data-test=new-mobility]"));
            choose(browser, "#field-direction", "outbound");
            choose(browser, "#field-category", "student");
            choose(browser, "#field-iscedLevel", "7");
            choose(browser, "#field-country", "DE");
            type(browser, "#field-startDate", start.toString());
            type(browser, "#field-endDate", start.plusDays(120).toString());
            choose(browser, "#field-funding", "government-scholarship");
            browser.find("[name='person.familyName']").sendKeys("Zhang");
            browser.clickAndWait(browser.find("[data-test=save]"));
            assertThat(browser.text("[data-error-summary]")).contains("Nationality");
            assertThat(browser.find("[name='person.familyName']").getAttribute("value")).isEqualTo("Zhang");
            browser.screenshot("mobility-form-rejected-en");
            choose(browser, "[name='person.nationality']", "CN");
            browser.clickAndWait(browser.find("[data-test=save]"));
            assertThat(browser.path()).matches("/mobility/\\d+");
            assertThat(browser.text("[data-test=facts]")).contains("Outbound", "Germany", "Master’s");

            browser.visit("/imports/mobility");
            browser.find("#field-file").sendKeys(bad.toAbsolutePath().toString());
            browser.clickAndWait(browser.find("form[enctype] button[type=submit]"));
            browser.find("[data-test=import-rejected]");
            assertThat(browser.all("[data-test=import-report] tbody tr")).hasSize(2);
            assertThat(browser.text("[data-test=import-report] tbody")).contains("去月球", "ISCED level / 学历层次");
            browser.screenshot("mobility-import-rejected-en");

            browser.visit("/imports/mobility");
            browser.find("#field-file").sendKeys(good.toAbsolutePath().toString());
            browser.clickAndWait(browser.find("form[enctype] button[type=submit]"));
            assertThat(browser.find("[data-test=import-imported]").getText())
                    .isEqualTo("3 rows imported: 3 new, 0 updated.");

            browser.visit("/");
            assertThat(browser.text("[data-test=kpi-outbound-year] .kpi-value")).isEqualTo("3");
            assertThat(browser.text("[data-test=kpi-inbound-year] .kpi-value")).isEqualTo("1");
            browser.find("body[data-charts-drawn]");
            assertThat(browser.all("[data-chart=byCountry] canvas")).isNotEmpty();
            browser.resize(1280, 2400).screenshot("dashboard-mobility-en");
            browser.switchLanguage("zh");
            assertThat(browser.text("[data-test=figure-country] h2")).isEqualTo("按国家和地区统计");
            browser.find("body[data-charts-drawn]");
            browser.screenshot("dashboard-mobility-zh");

            browser.clickAndWait(browser.find("[data-test=kpi-outbound-year]"));
            assertThat(browser.path()).isEqualTo("/mobility");
            assertThat(browser.text("[data-test=mobility-count]")).isEqualTo("共 3 条记录");
        }
    }

    private static void choose(Browser browser, String css, String value) {
        new Select(browser.find(css)).selectByValue(value);
    }

    /** Date inputs take their value as the browser's locale writes dates; set the ISO value directly. */
    private static void type(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
    }
}
