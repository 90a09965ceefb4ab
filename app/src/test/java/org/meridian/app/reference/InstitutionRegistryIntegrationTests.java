package org.meridian.app.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.reference.ReferenceApiIntegrationTests.texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.core.reference.NameKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The world registry of institutions: search by name prefix in English and Chinese, by country, type and id. */
@MeridianIntegrationTest
class InstitutionRegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Institutions institutions;

    private ApiClient officer() {
        return testUsers.newUser(Role.OFFICER, testUsers.newTenant("Registry Reader U"), port).api();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void holdsTheMergedWorldRegistry() {
        assertThat(institutions.count()).as("ROR 2021, OpenAlex and Hipo merged").isBetween(100_000L, 111_072L);
    }

    @Test
    void findsByEnglishPrefixNamesStartingWithItFirst() {
        JsonNode page = officer().get("/api/v1/reference/institutions?q=tsinghua&size=50").json();
        List<String> names = texts(page.get("items"), "nameEn");
        assertThat(names).contains("Tsinghua University", "National Tsinghua University");
        assertThat(names.indexOf("Tsinghua University")).isLessThan(names.indexOf("National Tsinghua University"));
        JsonNode tsinghua = page.get("items").get(names.indexOf("Tsinghua University"));
        assertThat(tsinghua.get("nameZh").asString()).isEqualTo("清华大学");
        assertThat(tsinghua.get("nameZhSource").asString()).isEqualTo("meridian");
        assertThat(tsinghua.get("countryCode").asString()).isEqualTo("CN");
        assertThat(tsinghua.get("domains").toString()).contains("tsinghua.edu.cn");
    }

    @Test
    void findsByChinesePrefix() {
        ApiClient api = officer();
        assertThat(texts(api.get("/api/v1/reference/institutions?q=" + encoded("清华")).json().get("items"), "nameEn"))
                .containsExactly("Tsinghua University");
        assertThat(texts(api.get("/api/v1/reference/institutions?q=" + encoded("北京")).json().get("items"), "nameZh"))
                .containsExactlyInAnyOrder("北京大学", "北京师范大学", "北京航空航天大学", "北京航空航天大学", "北京理工大学",
                        "北京外国语大学");
    }

    @Test
    void findsALaterWordIgnoringCaseAndAccents() {
        ApiClient api = officer();
        assertThat(texts(api.get("/api/v1/reference/institutions?q=" + encoded("ZÜRICH") + "&country=CH&size=100")
                .json().get("items"), "nameEn")).contains("ETH Zurich", "University of Zurich");
        assertThat(texts(api.get("/api/v1/reference/institutions?q=xi%27an+jiao&country=CN").json().get("items"),
                "nameEn")).contains("Xi'an Jiaotong University");
    }

    @Test
    void filtersByCountryAndType() {
        JsonNode page = officer().get("/api/v1/reference/institutions?q=oxford&country=GB&type=education&size=100")
                .json();
        assertThat(texts(page.get("items"), "nameEn")).contains("University of Oxford", "Oxford Brookes University");
        assertThat(texts(page.get("items"), "countryCode")).containsOnly("GB");
        assertThat(texts(page.get("items"), "type")).containsOnly("education");
        JsonNode chineseHospitals = officer().get("/api/v1/reference/institutions?country=CN&type=healthcare&sort=name")
                .json();
        assertThat(chineseHospitals.get("total").asLong()).isGreaterThan(100);
        assertThat(texts(chineseHospitals.get("items"), "type")).containsOnly("healthcare");
    }

    @Test
    void findsByMeridianOpenAlexAndRorId() {
        ApiClient api = officer();
        JsonNode dalian = api.get("/api/v1/reference/institutions/I27357992").json();
        assertThat(dalian.get("nameEn").asString()).isEqualTo("Dalian University of Technology");
        assertThat(dalian.get("nameZh").asString()).isEqualTo("大连理工大学");
        assertThat(dalian.get("rorId").asString()).isEqualTo("023hj5876");
        String id = dalian.get("id").asString();
        assertThat(id).startsWith("CN-");
        assertThat(api.get("/api/v1/reference/institutions/" + id).json().get("openalexId").asString())
                .isEqualTo("I27357992");
        assertThat(texts(api.get("/api/v1/reference/institutions?id=" + encoded("https://ror.org/023hj5876")).json()
                .get("items"), "id")).containsExactly(id);
        assertThat(api.get("/api/v1/reference/institutions/I0").status()).isEqualTo(404);
    }

    @Test
    void pagesAndSortsMatches() {
        ApiClient api = officer();
        JsonNode first = api.get("/api/v1/reference/institutions?q=university+of+ca&size=5").json();
        JsonNode second = api.get("/api/v1/reference/institutions?q=university+of+ca&size=5&page=1").json();
        assertThat(first.get("total").asLong()).isEqualTo(second.get("total").asLong()).isGreaterThan(10);
        assertThat(texts(first.get("items"), "id")).hasSize(5).doesNotContainAnyElementsOf(texts(second.get("items"), "id"));
        List<String> descending = texts(api.get("/api/v1/reference/institutions?q=cambridge&sort=-name&size=100").json()
                .get("items"), "nameEn").stream().map(NameKey::of).toList();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(api.get("/api/v1/reference/institutions?q=x&sort=budget").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reference/institutions?type=spaceport").status()).isEqualTo(400);
    }

    /** Not a pass/fail speed test: it checks the answers and prints the latency for the record. */
    @Test
    void answersRandomPrefixSearchesOverTheWholeRegistry() {
        Random random = new Random(42);
        long total = institutions.count();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PageQuery somewhere = new PageQuery(random.nextInt((int) (total / 100)), 100, null, false);
            institutions.search(new InstitutionQuery(null, null, null), somewhere).items()
                    .forEach(institution -> keys.add(NameKey.of(institution.nameEn())));
        }
        String[] prefixes = new String[2000];
        for (int i = 0; i < prefixes.length; i++) {
            String key = keys.get(random.nextInt(keys.size()));
            prefixes[i] = key.substring(0, Math.min(key.length(), 1 + random.nextInt(8)));
        }
        long[] inProcess = new long[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            long started = System.nanoTime();
            Page<Institution> page = institutions.search(InstitutionQuery.named(prefixes[i]), PageQuery.firstPage());
            inProcess[i] = System.nanoTime() - started;
            assertThat(NameKey.of(page.items().get(0).nameEn())).startsWith(prefixes[i]);
        }
        ApiClient api = officer();
        long[] overHttp = new long[500];
        for (int i = 0; i < overHttp.length; i++) {
            long started = System.nanoTime();
            ApiClient.Response response = api.get("/api/v1/reference/institutions?q=" + encoded(prefixes[i]));
            overHttp[i] = System.nanoTime() - started;
            assertThat(response.status()).isEqualTo(200);
        }
        System.out.printf("Institution prefix search over %d institutions, random prefixes of 1-8 characters: "
                + "in process (%d searches) %s; over HTTP (%d requests) %s%n", total, inProcess.length,
                percentiles(inProcess), overHttp.length, percentiles(overHttp));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

}
