package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.insight.InsightFixtures;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The caveats under the balance, the scorecard and the group coverage are read in the reader's language, with the
 * numbers, codes and years they name: the same page in English, then in Chinese after switching language.
 */
@MeridianIntegrationTest
class InsightNotesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    ApiClient officer;
    WebSession session;

    @BeforeEach
    void signIn() {
        // a tenant of testUsers has no OpenAlex id: no publication data
        TestUsers.Caller caller = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Notes U " + UUID.randomUUID()),
                port);
        officer = caller.api();
        session = WebSession.signIn(port, caller.account().username(), TestUsers.PASSWORD);
    }

    @Test
    void showsTheBalanceNotesInTheReadersLanguage() {
        InsightFixtures.recordMobility(officer, "inbound", "student", "DE", 1);

        String english = session.get("/going-global").text();
        String chinese = inChinese("/going-global");

        assertThat(english).contains(">Research: No publication data: the institution has no OpenAlex or ROR id"
                + " recorded. The research channel is left out of the overall index.</li>", ">Governance: engagements"
                        + " where the institution was member or contributor count on neither side.</li>");
        assertThat(chinese).contains(">科研：没有论文数据：本机构未登记 OpenAlex 或 ROR 编号。科研渠道不计入总体指数。</li>",
                ">国际治理：本机构担任成员或贡献者的国际参与不计入任何一侧。</li>")
                .doesNotContain("Research:", "Governance:");
    }

    @Test
    void showsTheScorecardNotesWithThePeersAndYearsInTheReadersLanguage() {
        String province = "CN-" + UUID.randomUUID().toString().substring(0, 3).toUpperCase(Locale.ROOT);
        ApiClient neighbour = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Neighbour U"), port).api();
        officer.put("/api/v1/insight/province", Map.of("province", province));
        neighbour.put("/api/v1/insight/province", Map.of("province", province));
        InsightFixtures.recordMobility(officer, "inbound", "student", "DE", 2);
        InsightFixtures.recordMobility(neighbour, "inbound", "student", "FR", 1);
        String path = "/insight/scorecard?peers=province&draws=20&from=2024&to=2025";

        String english = session.get(path).text();
        String chinese = inChinese(path);

        assertThat(english).contains(">Peers: the 2 institutions of province " + province + ", from their records"
                + " started from 2024 to 2025.</li>", ">Other institutions are shown as Peer 1..n, numbered in rank"
                        + " order.</li>");
        assertThat(chinese).contains(">比较对象：省份 " + province + " 的 2 个机构，依据其 2024–2025 年间开始的记录。</li>",
                ">其他机构显示为“同行 1…n”，按排名顺序编号。</li>", ">没有任何人员流动记录的机构，其人员流动指标记为缺失；")
                .doesNotContain("Peers:", "Other institutions", "An institution without");
    }

    @Test
    void showsTheCountriesScorecardNotesWithTheirYearsInTheReadersLanguage() {
        String path = "/insight/scorecard?peers=countries&draws=20";

        String english = session.get(path).text();
        String chinese = inChinese(path);

        assertThat(english).contains(">inbound_students: UIS 2022, or the latest of the two years before;"
                + " partner_countries and partner_regions: countries with at least 100 co-authored works in 2023"
                + " (OpenAlex) and their UN M49 sub-regions.</li>", ">The other indicators have no national source yet"
                        + " and are left out.</li>");
        assertThat(chinese).contains(">inbound_students：UIS 2022 年数据，缺失时取此前两年中最近的一年；partner_countries 与"
                + " partner_regions：2023 年合著成果不少于 100 篇的国家（OpenAlex）及其所属的联合国 M49 次区域。</li>",
                ">其余指标尚无国家层面的数据来源，已略去。</li>").containsPattern(">比较对象：随附统计数据中至少有一项数值的 \\d+ 个国家。</li>")
                .doesNotContain("Peers:", "The other indicators");
        // how missing values are handled, too
        assertThat(english).contains("A missing value is left out and the other weights of its pillar are rescaled");
        assertThat(chinese).contains("缺失值不计入，该比较对象所在维度的其他权重按比例重新分配")
                .doesNotContain("A missing value is left out");
    }

    @Test
    void showsTheMembersOfTheGroupInTheReadersLanguage() {
        String path = "/insight/coverage?scope=country&country=CN&group=OECD&region=Asia";

        String english = session.get(path).text();
        String chinese = inChinese(path);

        assertThat(english).contains(">Members: OECD on 2023-12-31 (countries.csv), without CN itself, in Asia.</li>");
        assertThat(chinese).contains(">成员：经合组织（OECD）截至 2023-12-31 的成员国（countries.csv），不含 CN 本身，亚洲地区。</li>")
                .doesNotContain("Members:");
        // the regions are named in the reader's language where the page lists them
        assertThat(english).contains(">Asia</option>");
        assertThat(chinese).contains(">亚洲</option>", ">欧洲</option>").doesNotContain(">Asia</option>");
    }

    /** The page after the user switched the language to Chinese. */
    private String inChinese(String path) {
        session.post("/language", Map.of("lang", "zh", "returnTo", path));
        return session.get(path).text();
    }
}
