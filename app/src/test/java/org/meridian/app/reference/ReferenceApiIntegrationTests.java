package org.meridian.app.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Countries, country groups, ISCED-F and the OpenAlex taxonomy through the API, as any signed-in user reads them. */
@MeridianIntegrationTest
class ReferenceApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    private ApiClient viewer() {
        return testUsers.newUser(Role.VIEWER, testUsers.newTenant("Reference Reader U"), port).api();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asString()));
        return values;
    }

    @Test
    void filtersCountriesByGroupAndByRegion() {
        ApiClient api = viewer();
        assertThat(texts(api.get("/api/v1/reference/countries?group=BRICS").json(), "alpha2"))
                .containsExactlyInAnyOrder("BR", "RU", "IN", "CN", "ZA", "EG", "ET", "IR", "AE", "ID");
        assertThat(texts(api.get("/api/v1/reference/countries?region=030").json(), "alpha2"))
                .containsExactlyInAnyOrder("CN", "HK", "JP", "KP", "KR", "MO", "MN");
        assertThat(texts(api.get("/api/v1/reference/countries?group=OECD&region=142").json(), "alpha2"))
                .containsExactlyInAnyOrder("IL", "JP", "KR", "TR");
        assertThat(api.get("/api/v1/reference/countries?group=EU").json().size()).isEqualTo(27);
        assertThat(api.get("/api/v1/reference/countries").json().size()).isEqualTo(250);
        assertThat(api.get("/api/v1/reference/countries?group=NOPE").status()).isEqualTo(400);
    }

    @Test
    void showsACountryWithItsOpenAlexNameIntermediateRegionAndGroups() {
        ApiClient api = viewer();
        JsonNode brazil = api.get("/api/v1/reference/countries/br").json();
        assertThat(brazil.get("nameZh").asString()).isEqualTo("巴西");
        assertThat(brazil.get("openalexName").asString()).isEqualTo("Brazil");
        assertThat(brazil.get("intermediateRegionCode").asString()).isEqualTo("005");
        assertThat(brazil.get("intermediateRegionEn").asString()).isEqualTo("South America");
        assertThat(texts(api.get("/api/v1/reference/countries/IT/groups").json(), "code"))
                .as("Italy left the Belt and Road list in 2023")
                .containsExactly("EU", "G20", "M49-039", "M49-150", "OECD");
        assertThat(api.get("/api/v1/reference/countries/QQ").status()).isEqualTo(404);
    }

    @Test
    void listsGroupsWithTheirSourceAsOfDateAndMembers() {
        ApiClient api = viewer();
        JsonNode groups = api.get("/api/v1/reference/groups?kind=organisation").json();
        List<String> codes = new ArrayList<>();
        groups.forEach(group -> codes.add(group.get("group").get("code").asString()));
        assertThat(codes).containsExactly("ASEAN", "BRICS", "EU", "G20", "OECD");
        JsonNode oecd = api.get("/api/v1/reference/groups/OECD").json();
        assertThat(oecd.get("members").size()).isEqualTo(38);
        assertThat(oecd.get("group").get("source").asString()).contains("OECD");
        assertThat(oecd.get("group").get("asOf").asString()).isEqualTo("2025-10-31");
        assertThat(api.get("/api/v1/reference/groups/G20").json().get("members").size()).isEqualTo(19);
        assertThat(api.get("/api/v1/reference/groups/BRI").json().get("members").size()).as("151 listed, Italy left")
                .isEqualTo(150);
        assertThat(api.get("/api/v1/reference/groups?kind=m49-region").json().size()).isEqualTo(5);
    }

    @Test
    void answersTheMembersOfAGroupOnAGivenDay() {
        ApiClient api = viewer();
        assertThat(texts(api.get("/api/v1/reference/groups/EU?on=2019-06-01").json().get("members")))
                .hasSize(28).contains("GB");
        assertThat(texts(api.get("/api/v1/reference/groups/ASEAN?on=2025-01-01").json().get("members")))
                .hasSize(10).doesNotContain("TL");
        JsonNode asean = api.get("/api/v1/reference/groups/ASEAN").json();
        assertThat(texts(asean.get("members"))).hasSize(11).contains("TL");
        assertThat(asean.get("memberships").size()).isEqualTo(11);
        assertThat(api.get("/api/v1/reference/groups/XYZ").status()).isEqualTo(404);
    }

    @Test
    void givesIscedFieldsByLevelParentAndAsATreeWithChineseNames() {
        ApiClient api = viewer();
        JsonNode broad = api.get("/api/v1/reference/isced?level=broad").json();
        assertThat(broad.size()).isEqualTo(12);
        assertThat(broad.get(0).get("code").asString()).isEqualTo("00");
        assertThat(broad.get(0).get("nameZh").asString()).isEqualTo("通用课程和资格");
        assertThat(api.get("/api/v1/reference/isced?level=narrow").json().size()).isEqualTo(58);
        assertThat(api.get("/api/v1/reference/isced?level=detailed").json().size()).isEqualTo(150);
        assertThat(texts(api.get("/api/v1/reference/isced?parent=06").json(), "code")).containsExactly("061", "068");
        assertThat(api.get("/api/v1/reference/isced/0613").json().get("nameZh").asString()).isEqualTo("软件和应用开发与分析");
        JsonNode tree = api.get("/api/v1/reference/isced/tree").json();
        assertThat(tree.size()).isEqualTo(12);
        JsonNode ict = tree.get(6);
        assertThat(ict.get("code").asString()).isEqualTo("06");
        assertThat(texts(ict.get("children").get(0).get("children"), "code"))
                .containsExactly("0610", "0611", "0612", "0613", "0619");
        assertThat(api.get("/api/v1/reference/isced?level=huge").status()).isEqualTo(400);
    }

    @Test
    void walksTheOpenAlexTaxonomyFromDomainToTopic() {
        ApiClient api = viewer();
        JsonNode domains = api.get("/api/v1/reference/taxonomy/domains").json();
        assertThat(texts(domains, "nameEn")).containsExactly("Life Sciences", "Social Sciences", "Physical Sciences",
                "Health Sciences");
        assertThat(api.get("/api/v1/reference/taxonomy/fields?domain=3").json().size()).isEqualTo(10);
        assertThat(api.get("/api/v1/reference/taxonomy/fields").json().size()).isEqualTo(26);
        assertThat(api.get("/api/v1/reference/taxonomy/subfields?field=17").json().size()).isEqualTo(11);
        JsonNode topics = api.get("/api/v1/reference/taxonomy/topics?subfield=1702&size=5&sort=name").json();
        assertThat(topics.get("total").asLong()).isEqualTo(77);
        assertThat(topics.get("items").size()).isEqualTo(5);
        List<String> names = texts(topics.get("items"), "nameEn");
        assertThat(names).isSorted();
        assertThat(api.get("/api/v1/reference/taxonomy/topics?size=1").json().get("total").asLong()).isEqualTo(4516);
        assertThat(api.get("/api/v1/reference/taxonomy/topics/t10028").json().get("nameEn").asString())
                .isEqualTo("Topic Modeling");
        assertThat(api.get("/api/v1/reference/taxonomy/topics/T0").status()).isEqualTo(404);
    }

    @Test
    void refusesCallersWhoAreNotSignedIn() {
        assertThat(new ApiClient(port, null).get("/api/v1/reference/countries").status()).isEqualTo(401);
    }
}
