package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.PageQuery;
import org.meridian.app.TestUsers;
import org.meridian.app.reference.Institution;
import org.meridian.app.reference.InstitutionQuery;
import org.meridian.app.reference.Institutions;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The institution pickers over the world registry, as an officer's browser asks for them while typing. */
@MeridianIntegrationTest
class InstitutionPickerIntegrationTests {

    private static final Pattern OPTION = Pattern.compile("role=\"option\"[^>]*data-id=\"([^\"]+)\" data-label=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Institutions institutions;

    WebSession session;

    @BeforeEach
    void signIn() {
        long tenant = testUsers.newTenant("Picker U");
        session = WebSession.signIn(port, testUsers.newUser(Role.OFFICER, tenant, port).account().username(),
                TestUsers.PASSWORD);
    }

    @Test
    void suggestsRegistryInstitutionsWhoseNameStartsWithTheWordsFirst() {
        String options = suggest("registry", "heidelberg univ");
        List<String> labels = labels(options);
        // "Heidelberg University" in Germany and in the United States, then "... of Education": names that start
        // with the words; none of the many names with "Heidelberg" later on (e.g. "Augenklinik Heidelberg")
        assertThat(labels).containsExactly("Heidelberg University", "Heidelberg University",
                "Heidelberg University of Education");
        assertThat(options).contains("Germany", "United States");

        List<String> clinics = labels(suggest("registry", "heidelberg"));
        assertThat(clinics).hasSize(InstitutionPicker.SUGGESTIONS);
        assertThat(clinics.get(0)).startsWith("Heidelberg");
    }

    @Test
    void suggestsNothingForFewerThanTwoLetters() {
        assertThat(labels(suggest("registry", "h"))).isEmpty();
        assertThat(labels(suggest("registry", " "))).isEmpty();
        assertThat(suggest("registry", "h")).doesNotContain("No institution found");
        assertThat(suggest("registry", "zzqqxx")).contains("No institution found for “zzqqxx”.");
    }

    @Test
    void findsInstitutionsByTheirChineseNameAndNamesThemInTheUsersLanguage() {
        String english = suggest("registry", "复旦");
        assertThat(labels(english)).containsExactly("Fudan University");
        assertThat(english).contains("复旦大学", "China");

        session.post("/language", Map.of("lang", "zh", "returnTo", "/"));
        String chinese = suggest("registry", "复旦");
        assertThat(labels(chinese)).containsExactly("复旦大学");
        assertThat(chinese).contains("Fudan University", "中国");
        assertThat(labels(suggest("registry", "fudan")).get(0)).isEqualTo("复旦大学");
    }

    @Test
    void offersPartnersFirstThenRegistryInstitutionsThatAreNotPartnersYet() {
        long partnerId = recordPartner("Heidelberg University", "DE");

        String registry = suggest("registry", "heidelberg univ");
        assertThat(registry).containsOnlyOnce("Your partner");

        String partners = suggest("partners", "heidelberg univ");
        List<String> ids = ids(partners);
        assertThat(ids.get(0)).isEqualTo(String.valueOf(partnerId));
        // the German registry entry is that partner; the American one and the University of Education are not
        assertThat(ids).hasSize(3).doesNotContain(registryId("Heidelberg University", "DE"));
        assertThat(partners).contains("New partner on save");
    }

    @Test
    void fillsInThePartnerFormFromTheRegistryOrOpensThePartnerItAlreadyIs() {
        String fudan = registryId("Fudan University", "CN");
        String form = session.get("/partners/new?institution=" + fudan).text();
        assertThat(form).contains("data-test=\"from-registry\"").contains("value=\"Fudan University\"")
                .contains("value=\"复旦大学\"").contains("value=\"CN\" selected");

        long partnerId = recordPartner("Fudan University", "CN");
        WebSession.Page again = session.get("/partners/new?institution=" + fudan);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.locationPath()).isEqualTo("/partners/" + partnerId);
    }

    @Test
    void recordsARegistryInstitutionAsPartnerOnlyWhenTheAgreementChoosingItIsSaved() {
        String heidelberg = registryId("Heidelberg University", "DE");
        Map<String, String> agreement = new LinkedHashMap<>();
        agreement.put("type", "mou");
        agreement.put("status", "draft");
        agreement.put("parties[0].partnerId", heidelberg);
        session.get("/agreements/new");
        WebSession.Page rejected = session.post("/agreements", agreement);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.text()).contains("value=\"" + heidelberg + "\"").contains("value=\"Heidelberg University\"");
        assertThat(session.get("/partners").text()).contains("data-test=\"empty-state\"");

        agreement.put("title", "Memorandum with Heidelberg");
        WebSession.Page saved = session.post("/agreements", agreement);
        assertThat(saved.status()).isEqualTo(302);
        String detail = session.get(saved.locationPath()).text();
        assertThat(detail).contains("Heidelberg University");
        assertThat(session.get("/partners").text()).contains("one partner");
    }

    private String suggest(String of, String words) {
        return session.get("/ui/institutions/suggest?of=" + of + "&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .text();
    }

    private long recordPartner(String name, String country) {
        session.get("/partners/new");
        WebSession.Page created = session.post("/partners", Map.of("kind", "institution", "name", name, "country",
                country));
        assertThat(created.status()).isEqualTo(302);
        return Long.parseLong(created.locationPath().substring("/partners/".length()));
    }

    private String registryId(String name, String country) {
        return institutions.search(new InstitutionQuery(name, country, null), PageQuery.of(0, 1, null)).items()
                .stream().map(Institution::id).findFirst().orElseThrow();
    }

    private static List<String> labels(String options) {
        return matches(options, 2);
    }

    private static List<String> ids(String options) {
        return matches(options, 1);
    }

    private static List<String> matches(String options, int group) {
        Matcher matcher = OPTION.matcher(options);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
