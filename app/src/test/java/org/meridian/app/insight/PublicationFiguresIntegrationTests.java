package org.meridian.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.app.insight.InsightApiIntegrationTests.assertCounts;
import static org.meridian.app.insight.InsightApiIntegrationTests.scope;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.IngestOptions;
import org.meridian.app.scholarly.IngestingOpenAlex;
import org.meridian.app.scholarly.SharedSamples;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The research channel, co-publication coverage and publication indicators from the analytics store: on works made
 * by hand for a made-up institute (in a subfield of their own, so that the citation baselines hold only them), and
 * on the University of Cambridge in the real OpenAlex sample, found by its ROR id.
 */
@MeridianIntegrationTest
class PublicationFiguresIntegrationTests {

    private static final String INSTITUTE = "I9900000001";
    private static final Set<Path> FILLED = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Tenants tenants;

    @Autowired
    AnalyticsStore store;

    @BeforeEach
    void ingestTheWorks() throws Exception {
        if (!FILLED.contains(store.path())) {
            Path folder = Files.createTempDirectory("publication-figures");
            Path works = folder.resolve("hand-made-works.jsonl");
            Files.writeString(works, String.join("\n", handMadeWorks()) + "\n", StandardCharsets.UTF_8);
            IngestingOpenAlex ingesting = new IngestingOpenAlex(store, new IngestOptions(1, 0.01));
            ingesting.ingest(works, reading -> { });
            ingesting.ingest(SharedSamples.openAlexWorks("works_sample.jsonl.gz"), reading -> { });
            FILLED.add(store.path());
        }
    }

    /**
     * In 2001 (group of 7 works, 140 citations, mean 20): W1 home corresponding + DE (10 citations), W2 home + US
     * corresponding (0), W3 home + DE + US corresponding (20), W4 home + another Chinese institution corresponding
     * (5), W5 home corresponding + Hong Kong (5), W6 home + DE without corresponding author (0), and W9 by a German
     * institute alone (100). In 2002 (2 works, mean 2): W7 home corresponding + JP (3), W8 home alone (1).
     */
    private static List<String> handMadeWorks() {
        String de = "I9900000002";
        String us = "I9900000003";
        String cnOther = "I9900000004";
        String hk = "I9900000005";
        String jp = "I9900000006";
        List<String> works = new ArrayList<>();
        works.add(work("W9900000001", 2001, 10, authorship(INSTITUTE, "CN", true), authorship(de, "DE", false)));
        works.add(work("W9900000002", 2001, 0, authorship(INSTITUTE, "CN", false), authorship(us, "US", true)));
        works.add(work("W9900000003", 2001, 20, authorship(INSTITUTE, "CN", false), authorship(de, "DE", false),
                authorship(us, "US", true)));
        works.add(work("W9900000004", 2001, 5, authorship(INSTITUTE, "CN", false), authorship(cnOther, "CN", true)));
        works.add(work("W9900000005", 2001, 5, authorship(INSTITUTE, "CN", true), authorship(hk, "HK", false)));
        works.add(work("W9900000006", 2001, 0, authorship(INSTITUTE, "CN", false), authorship(de, "DE", false)));
        works.add(work("W9900000007", 2002, 3, authorship(INSTITUTE, "CN", true), authorship(jp, "JP", false)));
        works.add(work("W9900000008", 2002, 1, authorship(INSTITUTE, "CN", false)));
        works.add(work("W9900000009", 2001, 100, authorship(de, "DE", true)));
        return works;
    }

    @Test
    void balancesResearchLedAtHomeAgainstLedByThePartner() {
        ApiClient officer = officerOf(INSTITUTE, "CN");

        JsonNode balance = officer.get("/api/v1/insight/balance?scope=home&from=2001&to=2002").json();

        JsonNode research = channel(balance, "research");
        assertThat(research.get("measured").asBoolean()).isTrue();
        assertThat(research.get("source").asString()).contains(INSTITUTE);
        // led at home: W1 (DE), W7 (JP); led abroad: W2 (US), W3 (DE and US: all partners only); W6 on neither side
        assertCounts(scope(balance.get("period"), "all", "all").at("/channels/research"), 2, 2, 0.0);
        assertCounts(scope(balance.get("period"), "country", "DE").at("/channels/research"), 1, 0, 1.0);
        assertCounts(scope(balance.get("period"), "country", "US").at("/channels/research"), 0, 1, -1.0);
        assertCounts(scope(balance.get("period"), "country", "JP").at("/channels/research"), 1, 0, 1.0);
        JsonNode year2001 = balance.get("byYear").findParents("scopeKind").stream()
                .filter(row -> row.get("fromYear").asInt() == 2001 && row.get("scopeKind").asString().equals("all"))
                .findFirst().orElseThrow();
        assertCounts(year2001.at("/channels/research"), 1, 2, -1.0 / 3);
        JsonNode researchNote = note(balance, "insight.balance.note.research.read");
        assertThat(researchNote.get("arguments").valueStream().map(JsonNode::asString)).containsExactly(INSTITUTE, "8",
                "5");
        assertThat(researchNote.get("text").asString()).isEqualTo("Research: OpenAlex works of " + INSTITUTE
                + " in the analytics store: 8 articles and reviews, 5 internationally co-authored. Led at home: a"
                + " corresponding author of the institution; led by the partner: the corresponding author abroad. A"
                + " work with several partner countries counts in the all-partners total only.");
    }

    @Test
    void showsTheResearchNoteWithItsFiguresInTheReadersLanguage() {
        TestUsers.Caller officer = officer(INSTITUTE, "CN");
        WebSession session = WebSession.signIn(port, officer.account().username(), TestUsers.PASSWORD);

        String english = session.get("/going-global?from=2001&to=2002").text();
        session.post("/language", Map.of("lang", "zh", "returnTo", "/going-global"));
        String chinese = session.get("/going-global?from=2001&to=2002").text();

        assertThat(english).contains(">Research: OpenAlex works of " + INSTITUTE + " in the analytics store: 8 articles"
                + " and reviews, 5 internationally co-authored. Led at home: a corresponding author of the institution;"
                + " led by the partner: the corresponding author abroad. A work with several partner countries counts"
                + " in the all-partners total only.</li>");
        assertThat(chinese).contains(">科研：分析库中 " + INSTITUTE + " 的 OpenAlex 成果：期刊论文和综述 8 篇，其中国际合著 5 篇。"
                + "本方牵头：通讯作者属本机构；外方牵头：通讯作者在境外。有多个伙伴国家的成果只计入“全部伙伴”合计。</li>")
                .doesNotContain("Research:");
    }

    @Test
    void scoresTheInstitutionOnItsPublicationsWithTheIndicatorEngine() {
        ApiClient officer = officerOf(INSTITUTE, "CN");

        JsonNode scorecard = officer.get("/api/v1/insight/scorecard?peers=institutions&draws=20&from=2001&to=2002")
                .json();

        JsonNode own = scorecard.get("units").findParents("home").stream()
                .filter(unit -> unit.get("home").asBoolean()).findFirst().orElseThrow();
        // international: W1, W2, W3, W6, W7 of 8 works
        assertThat(own.at("/raw/intl_coauthored_share").asDouble()).isCloseTo(5 / 8.0, within(1e-12));
        // NCS 2001: 10/20, 0, 20/20, 5/20, 5/20, 0; 2002: 3/2, 1/2; sum 4 over 8 works
        assertThat(own.at("/raw/mncs").asDouble()).isCloseTo(0.5, within(1e-12));
        // top 10 %: 2001 N = 7, 0.7 goes to W9; 2002 N = 2, W7 gets 0.2 of a work
        assertThat(own.at("/raw/pp_top10").asDouble()).isCloseTo(0.2 / 8, within(1e-12));
        // led at home among the international works: W1 and W7 of 5
        assertThat(own.at("/raw/pp_int_collab_led").asDouble()).isCloseTo(2 / 5.0, within(1e-12));
    }

    @Test
    void coversTheCountriesOfCoauthorsAbroadPerYear() {
        ApiClient officer = officerOf(INSTITUTE, "CN");

        JsonNode coverage = officer.get("/api/v1/insight/coverage?scope=home&group=OECD&from=2001&to=2002").json();

        assertThat(coverage.get("measures").get(2).get("available").asBoolean()).isTrue();
        // OECD members among the co-author countries: 2001 DE and US, 2002 JP
        assertThat(year(coverage, 2001).at("/counts/copublication").asInt()).isEqualTo(2);
        assertThat(year(coverage, 2002).at("/counts/copublication").asInt()).isEqualTo(1);
        assertThat(year(coverage, 2002).at("/shares/copublication").asDouble())
                .isCloseTo(1.0 / coverage.get("memberCount").asInt(), within(1e-12));
    }

    @Test
    void readsARealInstitutionOfTheOpenAlexSampleByItsRorId() {
        ApiClient officer = officerOf("https://ror.org/013meh722", "GB");

        JsonNode balance = officer.get("/api/v1/insight/balance?scope=home").json();

        // Cambridge: 5 articles, 3 international; W1992106105 (2009, US) and W2442495973 (2002, SS) have a Cambridge
        // corresponding author, W2149507322 (2004, seven countries) a corresponding author elsewhere in Britain
        assertThat(note(balance, "insight.balance.note.research.read").get("arguments").valueStream()
                .map(JsonNode::asString)).containsExactly("I241749", "5", "3");
        assertCounts(scope(balance.get("period"), "all", "all").at("/channels/research"), 2, 0, 1.0);
        assertCounts(scope(balance.get("period"), "country", "SS").at("/channels/research"), 1, 0, 1.0);
        JsonNode coverage = officer.get("/api/v1/insight/coverage?scope=home&group=all&from=2004&to=2004").json();
        // co-authors abroad in 2004: NL, AU, ZA, BR, US, MX
        assertThat(year(coverage, 2004).at("/counts/copublication").asInt()).isEqualTo(6);
    }

    @Test
    void saysNoPublicationDataForAnInstitutionWithoutAnOpenAlexIdOrWorks() {
        ApiClient withoutId = testUsers.newUser(Role.OFFICER, testUsers.newTenant("No Id U " + UUID.randomUUID()),
                port).api();
        ApiClient withoutWorks = officerOf("I9999999999", "CN");

        JsonNode noId = note(withoutId.get("/api/v1/insight/balance?scope=home").json(),
                "insight.balance.note.research.noInstitutionId");
        assertThat(noId.get("arguments").isEmpty()).isTrue();
        assertThat(noId.get("text").asString()).isEqualTo("Research: No publication data: the institution has no"
                + " OpenAlex or ROR id recorded. The research channel is left out of the overall index.");
        JsonNode noWorks = note(withoutWorks.get("/api/v1/insight/balance?scope=home").json(),
                "insight.balance.note.research.noArticles");
        assertThat(noWorks.get("arguments").valueStream().map(JsonNode::asString)).containsExactly("I9999999999");
        assertThat(noWorks.get("text").asString()).isEqualTo("Research: No publication data: the analytics store"
                + " holds no article or review of I9999999999 with a year and a topic. The research channel is left"
                + " out of the overall index.");
        for (ApiClient officer : List.of(withoutId, withoutWorks)) {
            JsonNode balance = officer.get("/api/v1/insight/balance?scope=home").json();
            assertThat(channel(balance, "research").get("measured").asBoolean()).isFalse();
            JsonNode coverage = officer.get("/api/v1/insight/coverage?scope=home").json();
            assertThat(coverage.get("measures").get(2).get("available").asBoolean()).isFalse();
            JsonNode scorecard = officer.get("/api/v1/insight/scorecard?peers=institutions&draws=20").json();
            scorecard.get("units").findParents("home").stream().filter(unit -> unit.get("home").asBoolean())
                    .forEach(unit -> assertThat(unit.at("/raw/mncs").isNull() || unit.at("/raw/mncs").isMissingNode())
                            .isTrue());
        }
    }

    private ApiClient officerOf(String institutionId, String country) {
        return officer(institutionId, country).api();
    }

    private TestUsers.Caller officer(String institutionId, String country) {
        String code = "p-" + UUID.randomUUID().toString().substring(0, 8);
        long tenant = tenants.add(code, "Publishing U " + code, null, country, institutionId, false);
        return testUsers.newUser(Role.OFFICER, tenant, port);
    }

    private static String work(String id, int year, int citations, String... authorships) {
        return """
                {"id":"https://openalex.org/%s","publication_year":%d,"type":"article","cited_by_count":%d,\
                "primary_topic":%s,"topics":[%s],"authorships":[%s],"updated_date":"2025-01-01T00:00:00"}"""
                .formatted(id, year, citations, TOPIC, TOPIC, String.join(",", authorships));
    }

    private static final String TOPIC = """
            {"id":"https://openalex.org/T99001","display_name":"Hand-made topic","score":0.99,\
            "subfield":{"id":"https://openalex.org/subfields/99001","display_name":"Hand-made subfield"},\
            "field":{"id":"https://openalex.org/fields/99","display_name":"Hand-made field"},\
            "domain":{"id":"https://openalex.org/domains/9","display_name":"Hand-made domain"}}""";

    private static String authorship(String institution, String country, boolean corresponding) {
        return """
                {"author":{"id":"https://openalex.org/A%s","display_name":"Author %s"},\
                "institutions":[{"id":"https://openalex.org/%s","display_name":"Institution %s","ror":null,\
                "country_code":"%s","type":"education"}],"countries":["%s"],"is_corresponding":%s}"""
                .formatted(institution.substring(1), institution, institution, institution, country, country,
                        corresponding);
    }

    private static JsonNode channel(JsonNode balance, String id) {
        for (JsonNode channel : balance.get("channels")) {
            if (channel.get("channel").asString().equals(id)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + id);
    }

    /** The balance's note of this message code. */
    private static JsonNode note(JsonNode balance, String code) {
        for (JsonNode note : balance.get("notes")) {
            if (note.get("code").asString().equals(code)) {
                return note;
            }
        }
        throw new AssertionError("no note " + code + " in " + balance.get("notes"));
    }

    private static JsonNode year(JsonNode coverage, int year) {
        for (JsonNode row : coverage.get("years")) {
            if (row.get("year").asInt() == year) {
                return row;
            }
        }
        throw new AssertionError("no year " + year + " in " + coverage.get("years"));
    }
}
