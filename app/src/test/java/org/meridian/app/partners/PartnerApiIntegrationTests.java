package org.meridian.app.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class PartnerApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    long tenant;
    ApiClient officer;

    @BeforeEach
    void newInstitution() {
        tenant = testUsers.newTenant("Partner Test University");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
    }

    static Map<String, Object> institution(String name, String country, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "institution");
        body.put("name", name);
        body.put("country", country);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private JsonNode created(Map<String, Object> body) {
        Response response = officer.post("/api/v1/partners", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    @Test
    void recordsAPartnerWithCanonicalIdsAndReadsItBack() {
        Response response = officer.post("/api/v1/partners", institution("University of Michigan", "us",
                "nameZh", "密歇根大学", "openalexId", "https://openalex.org/I27837315", "rorId", "00JMFR291",
                "institutionType", "education", "level", "strategic", "tags", List.of("Strategic", "belt-and-road"),
                "contacts", List.of(Map.of("name", "Jane Doe", "role", "International Office",
                        "email", "jane.doe@umich.edu", "phone", "+1 734 764 1817")),
                "website", "https://umich.edu"));

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/partners/" + id);
        JsonNode partner = officer.get("/api/v1/partners/" + id).json();
        assertThat(partner.get("openalexId").asString()).isEqualTo("I27837315");
        assertThat(partner.get("rorId").asString()).isEqualTo("https://ror.org/00jmfr291");
        assertThat(partner.get("country").asString()).isEqualTo("US");
        assertThat(partner.get("kind").asString()).isEqualTo("institution");
        assertThat(partner.get("level").asString()).isEqualTo("strategic");
        assertThat(partner.get("institutionType").asString()).isEqualTo("education");
        assertThat(partner.get("nameZh").asString()).isEqualTo("密歇根大学");
        assertThat(partner.get("tags").valueStream().map(JsonNode::asString)).containsExactly("belt-and-road",
                "strategic");
        assertThat(partner.get("contacts").get(0).get("email").asString()).isEqualTo("jane.doe@umich.edu");
        assertThat(partner.get("version").asInt()).isZero();
        assertThat(partner.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void startsAsProspectiveWhenNoLevelIsGiven() {
        assertThat(created(institution("Universidad de Chile", "CL")).get("level").asString()).isEqualTo("prospective");
    }

    @Test
    void explainsEveryInvalidField() {
        Response response = officer.post("/api/v1/partners", Map.of("kind", "university", "country", "XX",
                "openalexId", "W2741809807", "rorId", "00jmfr290", "level", "friend", "tags", List.of("Belt and Road"),
                "contacts", List.of(Map.of("email", "jane@localhost", "phone", "call me")),
                "website", "ftp://umich.edu"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("kind",
                "name", "country", "openalexId", "rorId", "level", "tags[0]", "contacts[0].name", "contacts[0].email",
                "contacts[0].phone", "website");
        assertThat(response.text()).contains("must be one of institution, organisation")
                .contains("must be a ROR id such as https://ror.org/00jmfr291").doesNotContain("Exception");
    }

    @Test
    void needsACountryForAnInstitutionButNotForAnOrganisation() {
        Response institution = officer.post("/api/v1/partners", Map.of("kind", "institution", "name", "Nowhere U"));
        assertThat(institution.status()).isEqualTo(400);
        assertThat(institution.json().get("errors").get(0).get("field").asString()).isEqualTo("country");

        JsonNode organisation = created(Map.of("kind", "organisation", "name", "Global Network of Universities",
                "organisationCode", "GNU"));
        assertThat(organisation.get("country").isNull()).isTrue();
        assertThat(organisation.get("organisationCode").asString()).isEqualTo("GNU");
    }

    @Test
    void givesOrganisationCodesToOrganisationsOnly() {
        Response response = officer.post("/api/v1/partners", institution("Kyoto University", "JP",
                "organisationCode", "KU"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationCode");
    }

    @Test
    void refusesASecondPartnerWithTheSameOpenAlexIdNamingTheFirst() {
        long first = created(institution("University of Michigan", "US", "openalexId", "I27837315")).get("id").asLong();

        Response duplicate = officer.post("/api/v1/partners", institution("U Michigan Ann Arbor", "US",
                "openalexId", "i27837315"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).isEqualTo("this partner is already recorded: University"
                + " of Michigan (partner " + first + ") has OpenAlex id I27837315; change that partner instead");
        assertThat(duplicate.json().get("code").asString()).isEqualTo("partner.duplicate");
    }

    @Test
    void refusesASecondPartnerWithTheSameRorId() {
        created(institution("Fudan University", "CN", "rorId", "https://ror.org/013q1eq08"));
        Response duplicate = officer.post("/api/v1/partners", institution("复旦", "CN", "rorId", "013q1eq08"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("has ROR id https://ror.org/013q1eq08");
    }

    @Test
    void refusesTheSameNameInTheSameCountryIgnoringAccentsAndCase() {
        created(institution("Université Paris-Saclay", "FR"));

        Response duplicate = officer.post("/api/v1/partners", institution("universite paris saclay", "FR"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("has the same name in FR");

        assertThat(officer.post("/api/v1/partners", institution("Université Paris-Saclay", "BE")).status())
                .isEqualTo(201);
    }

    @Test
    void allowsTheSameNameWhenRegistryIdsTellThePartnersApart() {
        created(institution("Saint Mary's College", "US", "openalexId", "I111"));
        assertThat(officer.post("/api/v1/partners", institution("Saint Mary's College", "US", "openalexId", "I222"))
                .status()).isEqualTo(201);
        Response withoutId = officer.post("/api/v1/partners", institution("Saint Marys College", "US"));
        assertThat(withoutId.status()).isEqualTo(409);
    }

    @Test
    void keepsTheSameInstitutionApartInAnotherTenant() {
        created(institution("University of Michigan", "US", "openalexId", "I27837315"));
        ApiClient other = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Other U"), port).api();
        assertThat(other.post("/api/v1/partners", institution("University of Michigan", "US",
                "openalexId", "I27837315")).status()).isEqualTo(201);
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        JsonNode partner = created(institution("ETH Zurich", "CH", "level", "contact"));
        long id = partner.get("id").asLong();

        Response updated = officer.put("/api/v1/partners/" + id, institution("ETH Zürich", "CH", "level", "partner",
                "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        assertThat(updated.json().get("name").asString()).isEqualTo("ETH Zürich");
        assertThat(updated.json().get("level").asString()).isEqualTo("partner");

        Response stale = officer.put("/api/v1/partners/" + id, institution("ETH", "CH", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else since version 0");
        assertThat(officer.get("/api/v1/partners/" + id).json().get("name").asString()).isEqualTo("ETH Zürich");
    }

    @Test
    void needsTheVersionToUpdate() {
        long id = created(institution("EPFL", "CH")).get("id").asLong();
        Response response = officer.put("/api/v1/partners/" + id, institution("EPFL", "CH"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void keepsTagsAndContactsLeftOutOfAnUpdateAndClearsEmptyOnes() {
        long id = created(institution("KU Leuven", "BE", "tags", List.of("strategic"),
                "contacts", List.of(Map.of("name", "Jan Peeters")))).get("id").asLong();

        JsonNode kept = officer.put("/api/v1/partners/" + id, institution("KU Leuven", "BE", "version", 0)).json();
        assertThat(kept.get("tags").get(0).asString()).isEqualTo("strategic");
        assertThat(kept.get("contacts").get(0).get("name").asString()).isEqualTo("Jan Peeters");

        JsonNode cleared = officer.put("/api/v1/partners/" + id, institution("KU Leuven", "BE", "version", 1,
                "tags", List.of(), "contacts", List.of())).json();
        assertThat(cleared.get("tags")).isEmpty();
        assertThat(cleared.get("contacts")).isEmpty();
    }

    @Test
    void refusesAnUpdateThatWouldDuplicateAnotherPartner() {
        created(institution("University of Tokyo", "JP", "openalexId", "I74801974"));
        long id = created(institution("Tokyo Tech", "JP")).get("id").asLong();
        Response response = officer.put("/api/v1/partners/" + id, institution("Tokyo Tech", "JP",
                "openalexId", "I74801974", "version", 0));
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void answers404ForAnUnknownPartner() {
        assertThat(officer.get("/api/v1/partners/987654321").status()).isEqualTo(404);
        assertThat(officer.put("/api/v1/partners/987654321", institution("X", "DE", "version", 0)).status())
                .isEqualTo(404);
        assertThat(officer.delete("/api/v1/partners/987654321").status()).isEqualTo(404);
    }

    @Test
    void listsWithFiltersSortingAndPages() {
        created(institution("Alpha University", "DE", "level", "partner", "tags", List.of("belt-and-road")));
        created(institution("Beta Institute of Technology", "DE", "level", "strategic"));
        created(institution("Gamma College", "FR", "level", "partner", "nameZh", "伽马学院"));
        created(Map.of("kind", "organisation", "name", "Delta Alliance", "level", "contact"));

        assertThat(names("/api/v1/partners")).containsExactly("Alpha University", "Beta Institute of Technology",
                "Delta Alliance", "Gamma College");
        assertThat(names("/api/v1/partners?country=de")).containsExactly("Alpha University",
                "Beta Institute of Technology");
        assertThat(names("/api/v1/partners?kind=organisation")).containsExactly("Delta Alliance");
        assertThat(names("/api/v1/partners?level=partner")).containsExactly("Alpha University", "Gamma College");
        assertThat(names("/api/v1/partners?tag=belt-and-road")).containsExactly("Alpha University");
        assertThat(names("/api/v1/partners?q=institute%20of")).containsExactly("Beta Institute of Technology");
        assertThat(names("/api/v1/partners?q=%E4%BC%BD%E9%A9%AC")).containsExactly("Gamma College");
        // Descending level; the two partners of equal level in descending creation order (id).
        assertThat(names("/api/v1/partners?sort=-level")).containsExactly("Beta Institute of Technology",
                "Gamma College", "Alpha University", "Delta Alliance");

        JsonNode page = officer.get("/api/v1/partners?sort=-name&size=3&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items").findValuesAsString("name")).containsExactly("Alpha University");
    }

    @Test
    void explainsBadListParameters() {
        Response badSort = officer.get("/api/v1/partners?sort=notes");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response badLevel = officer.get("/api/v1/partners?level=friend");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of prospective, contact, partner, strategic");
    }

    @Test
    void deletesAnUnusedPartnerAndAuditsEveryChange() {
        long id = created(institution("Aalto University", "FI")).get("id").asLong();
        assertThat(officer.put("/api/v1/partners/" + id, institution("Aalto University", "FI", "version", 0,
                "level", "contact")).status()).isEqualTo(200);

        assertThat(officer.delete("/api/v1/partners/" + id).status()).isEqualTo(204);
        assertThat(officer.get("/api/v1/partners/" + id).status()).isEqualTo(404);

        JsonNode audit = testUsers.admin(port).api().get("/api/v1/audit?entityType=partner&entityId=" + id).json();
        assertThat(audit.get("items").findValuesAsString("action")).containsExactly("deleted", "changed", "created");
        assertThat(audit.get("items").get(1).get("beforeJson").asString()).contains("\"level\":\"prospective\"");
        assertThat(audit.get("items").get(1).get("afterJson").asString()).contains("\"level\":\"contact\"");
    }

    @Test
    void hidesContactPersonsFromViewers() {
        long id = created(institution("Seoul National University", "KR",
                "contacts", List.of(Map.of("name", "Kim Min-jun", "email", "kim@snu.ac.kr")))).get("id").asLong();
        ApiClient viewer = testUsers.newUser(Role.VIEWER, tenant, port).api();

        Response seen = viewer.get("/api/v1/partners/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("contacts").isNull()).isTrue();
        assertThat(seen.text()).doesNotContain("kim@snu.ac.kr");
        assertThat(viewer.get("/api/v1/partners").text()).doesNotContain("Kim Min-jun");
    }

    private List<String> names(String path) {
        Response response = officer.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("name");
    }
}
