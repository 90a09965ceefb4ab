package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.insight.InsightFixtures;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccount;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The going-global pages in real headless Chromium: their ECharts charts are drawn in English and Chinese, the
 * weight editor saves a weighting that the scorecard then uses, and a click on a chart opens the records behind it.
 */
@MeridianIntegrationTest
class InsightBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Tenants tenants;

    @Test
    void anOfficerReadsTheGoingGlobalPagesInBothLanguagesAndFollowsAChartToTheRecords() {
        String code = "gg-" + UUID.randomUUID().toString().substring(0, 8);
        long tenant = tenants.add(code, "Going Global Demonstration University", "走出去示范大学", "CN", null, false);
        TestUsers.Caller officer = testUsers.newUser(Role.OFFICER, tenant, port);
        // 2024/2025: two inbound students from Germany (students index +1), one member of staff out (staff index -1)
        InsightFixtures.recordMobility(officer.api(), "inbound", "student", "DE", 2);
        InsightFixtures.recordMobility(officer.api(), "outbound", "staff-teaching", "JP", 1);
        UserAccount account = officer.account();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(account.username(), TestUsers.PASSWORD);

            browser.visit("/going-global");
            assertThat(browser.text("h1")).isEqualTo("Going global & voice");
            drawn(browser, "balance-years");
            assertThat(browser.text("[data-test=balance-table]")).contains("1.00 (2 / 0)", "-1.00 (0 / 1)");
            assertThat(browser.text("[data-test=balance-notes]")).contains("Governance: engagements where the"
                    + " institution was member or contributor count on neither side.");
            browser.screenshot("going-global-en");

            browser.visit("/insight/scorecard?peers=countries&draws=50");
            drawn(browser, "rank-intervals");
            assertThat(browser.text("[data-test=scorecard-table]")).contains("China");
            assertThat(browser.text("[data-test=scorecard-notes]")).contains("inbound_students: UIS 2022, or the latest"
                    + " of the two years before;", "The other indicators have no national source yet and are left"
                            + " out.");
            browser.find("#indicator-partner_regions").clear();
            browser.find("#indicator-partner_regions").sendKeys("0");
            browser.find("#variant-name").sendKeys("without regions");
            browser.clickAndWait(browser.find("[data-test=weight-editor] button[type=submit]"));
            assertThat(browser.find("#variant option[selected]").getText()).isEqualTo("without regions");
            assertThat(browser.find("#indicator-partner_regions").getAttribute("value")).isEqualTo("0.0");
            drawn(browser, "rank-intervals");
            browser.screenshot("scorecard-en");

            browser.visit("/insight/national?country=CN");
            assertThat(browser.text("[data-test=country-name]")).isEqualTo("People's Republic of China");
            drawn(browser, "national-mobility");
            drawn(browser, "field-activity");
            assertThat(browser.text("[data-test=national-notes]")).contains("Outbound students are derived");
            browser.visit("/insight/coverage?scope=country&country=CN&group=BRI");
            drawn(browser, "coverage-map");
            drawn(browser, "coverage-trend");
            assertThat(browser.text("[data-test=coverage-note]")).isEqualTo("Members: BRI on 2023-12-31"
                    + " (countries.csv), without CN itself, in all regions.");
            browser.screenshot("coverage-en");

            browser.switchLanguage("zh");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh");
            drawn(browser, "coverage-map");
            assertThat(browser.text("[data-test=coverage-note]"))
                    .isEqualTo("成员：“一带一路”截至 2023-12-31 的成员国（countries.csv），不含 CN 本身，全部地区。");
            browser.visit("/insight/national?country=CN");
            assertThat(browser.text("[data-test=country-name]")).isEqualTo("中国");
            assertThat(browser.text("[data-test=national-notes]")).contains("出境学生数按 UIS 入境人数减去 UIS 净流量推算")
                    .doesNotContain("Outbound students");
            drawn(browser, "national-mobility");
            browser.visit("/insight/scorecard?peers=countries&draws=50");
            drawn(browser, "rank-intervals");
            assertThat(browser.text("h1")).isEqualTo("评分卡");
            assertThat(browser.text("main")).contains("中国").doesNotContain("China");
            assertThat(browser.text("[data-test=scorecard-notes]")).contains("inbound_students：UIS 2022 年数据",
                    "其余指标尚无国家层面的数据来源，已略去。").doesNotContain("The other indicators");
            browser.visit("/going-global");
            drawn(browser, "balance-years");
            assertThat(browser.text("main")).contains("2024–2024 年");
            assertThat(browser.text("[data-test=balance-notes]")).contains("国际治理：本机构担任成员或贡献者的国际参与不计入任何一侧。",
                    "科研：没有论文数据：本机构未登记 OpenAlex 或 ROR 编号。科研渠道不计入总体指数。")
                    .doesNotContain("Governance", "Research");
            browser.screenshot("going-global-zh");

            clickPoint(browser, "balance-years", 0, 0);
            assertThat(browser.path()).isEqualTo("/mobility");
            assertThat(browser.driver().getCurrentUrl()).contains("category=student", "yearFrom=2024", "yearTo=2024");
            assertThat(browser.text("[data-test=mobility-count]")).isEqualTo("共 2 条记录");
        }
    }

    /** Waits until the page's charts are drawn and checks that this one holds an ECharts canvas. */
    private static void drawn(Browser browser, String chart) {
        browser.find("body[data-charts-drawn]");
        assertThat(browser.all("[data-chart=" + chart + "] canvas")).as(chart).isNotEmpty();
    }

    /**
     * Clicks, as a user would, on the point of a line series at a category of the x axis; a list page follows. A
     * chart still settling (its entry animation, a late resize) can move the point under the pointer, so, like a
     * user, it clicks again at the point's new place, a few times at most.
     */
    private static void clickPoint(Browser browser, String chart, int series, int category) {
        String before = browser.driver().getCurrentUrl();
        for (int attempt = 1; attempt <= 5; attempt++) {
            WebElement element = browser.find("[data-chart=" + chart + "]");
            // wholly in view, so that the offsets below start from the chart's true centre
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    element);
            @SuppressWarnings("unchecked")
            List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    var chart = echarts.getInstanceByDom(arguments[0]);
                    var value = chart.getOption().series[arguments[1]].data[arguments[2]];
                    return chart.convertToPixel({ seriesIndex: arguments[1] }, [arguments[2], value]);""",
                    element, series, category);
            int x = (int) Math.round(pixel.get(0).doubleValue() - element.getSize().getWidth() / 2.0);
            int y = (int) Math.round(pixel.get(1).doubleValue() - element.getSize().getHeight() / 2.0);
            new Actions(browser.driver()).moveToElement(element, x, y).click().perform();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(driver -> !before.equals(driver.getCurrentUrl()));
                break;
            } catch (TimeoutException stillHere) {
                // the point had moved: aim again
            }
        }
        browser.find("[data-test=mobility-count]");
        assertThat(browser.driver().getCurrentUrl()).isNotEqualTo(before);
    }
}
