package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccount;
import org.meridian.app.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web UI in real headless Chromium, as an international officer uses it. */
@MeridianIntegrationTest
class WebUiBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Tenants tenants;

    @Autowired
    Users users;

    private UserAccount officer() {
        String code = "zj-" + UUID.randomUUID().toString().substring(0, 8);
        long tenant = tenants.add(code, "Zhejiang Demonstration University", "浙江示范大学", "CN", null, false);
        return testUsers.newUser(Role.OFFICER, tenant, port).account();
    }

    @Test
    void anOfficerSignsInReadsTheDashboardInBothLanguagesAndSignsOut() {
        UserAccount officer = officer();
        try (Browser browser = Browser.open(port)) {
            browser.visit("/");
            assertThat(browser.path()).isEqualTo("/login");
            browser.signIn(officer.username(), TestUsers.PASSWORD);
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text("h1")).isEqualTo("Dashboard");
            assertThat(browser.text("[data-test=institution]")).isEqualTo("Zhejiang Demonstration University");
            assertThat(browser.text(".main-nav")).contains("Partners", "Agreements", "Mobility")
                    .doesNotContain("Administration");
            browser.screenshot("dashboard-en");

            browser.switchLanguage("zh");
            assertThat(browser.text("h1")).isEqualTo("概览");
            assertThat(browser.text("[data-test=institution]")).isEqualTo("浙江示范大学");
            assertThat(browser.text(".main-nav")).contains("合作伙伴", "合作协议", "人员交流");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh");
            assertThat(users.byId(officer.id()).orElseThrow().locale()).isEqualTo("zh");
            browser.screenshot("dashboard-zh");
            browser.resize(820, 1180).screenshot("dashboard-zh-tablet");

            browser.signOut();
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text("[role=status]")).isEqualTo("您已退出登录。");
        }
    }

    @Test
    void theLanguageStaysWithTheUserAtTheNextSignIn() {
        UserAccount officer = officer();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).switchLanguage("zh").signOut();
        }
        try (Browser another = Browser.open(port)) {
            assertThat(another.visit("/login").text("h1")).isEqualTo("Sign in");
            another.signIn(officer.username(), TestUsers.PASSWORD);
            assertThat(another.text("h1")).isEqualTo("概览");
        }
    }

    @Test
    void aFailedSignInSaysSoAndKeepsTheUserName() {
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login").switchLanguage("zh");
            assertThat(browser.text("h1")).isEqualTo("登录");
            browser.signIn("nobody-" + UUID.randomUUID(), "wrong-password");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text("[data-test=login-failed]")).startsWith("用户名或密码错误");
            assertThat(browser.find("#username").getAttribute("value")).startsWith("nobody-");
            browser.screenshot("login-failed-zh");
        }
    }

    @Test
    void revokingATokenAsksForConfirmationFirst() {
        UserAccount officer = officer();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).visit("/account/tokens");
            browser.find("#field-name").sendKeys("monthly report");
            browser.clickAndWait(browser.find("form[action='/account/tokens'] button[type=submit]"));
            assertThat(browser.text("[data-test=issued-token] code")).startsWith("mrd_");

            browser.find("form[data-confirm] button").click();
            assertThat(browser.find("#confirm-dialog").isDisplayed()).isTrue();
            assertThat(browser.text("#confirm-dialog [data-confirm-message]")).contains("monthly report");
            browser.find("#confirm-dialog button[value=cancel]").click();
            assertThat(browser.find("#confirm-dialog").isDisplayed()).isFalse();
            assertThat(browser.text("tbody")).contains("active");

            browser.find("form[data-confirm] button").click();
            browser.clickAndWait(browser.find("#confirm-dialog button[value=confirm]"));
            assertThat(browser.text("tbody")).contains("revoked");
            assertThat(browser.has("[data-test=issued-token]")).isFalse();
        }
    }

    @Test
    void anUnknownPageIsAFriendlyPageNotAStackTrace() {
        UserAccount officer = officer();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).visit("/no-such-section/anything");
            assertThat(browser.text("[data-test=error-title]")).isEqualTo("Page not found");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(browser.text(".main-nav")).contains("Dashboard");
        }
    }

    @Test
    void anImportWithProblemsShowsTheReportAndAGoodOneImports(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        UserAccount officer = officer();
        String code = "B" + UUID.randomUUID().toString().substring(0, 6);
        Path bad = folder.resolve("courses-bad.csv");
        Files.writeString(bad, "Code,Title,Start date\n" + code + "1,Law,2025-02-30\n" + code + "2,,2025-09-01\n",
                StandardCharsets.UTF_8);
        Path good = folder.resolve("courses.csv");
        Files.writeString(good, "课程代码,课程名称,开始日期\n" + code + "1,国际法,2025年9月1日\n" + code
                + "2,经济学,01/09/2025\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD).visit("/imports/courses");
            browser.find("#field-file").sendKeys(bad.toAbsolutePath().toString());
            browser.clickAndWait(browser.find("form[enctype] button[type=submit]"));
            browser.find("[data-test=import-rejected]");
            assertThat(browser.text("[data-test=import-report] tbody")).contains("2025-02-30", "is required");
            assertThat(browser.all("[data-test=import-report] tbody tr")).hasSize(2);
            browser.screenshot("import-rejected-en");

            browser.visit("/imports/courses");
            browser.find("#field-file").sendKeys(good.toAbsolutePath().toString());
            browser.clickAndWait(browser.find("form[enctype] button[type=submit]"));
            assertThat(browser.find("[data-test=import-imported]").getText())
                    .isEqualTo("2 rows imported: 2 new, 0 updated.");
        }
    }
}
