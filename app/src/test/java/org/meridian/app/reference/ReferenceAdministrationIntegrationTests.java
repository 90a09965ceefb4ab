package org.meridian.app.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.reference.ReferenceApiIntegrationTests.texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Only administrators change reference data; changes are audited; reloading the shipped data duplicates nothing. */
@MeridianIntegrationTest
class ReferenceAdministrationIntegrationTests {

    private static final List<String> TABLES = List.of("reference_country", "reference_isced_field",
            "reference_country_group", "reference_country_group_member", "reference_research_domain",
            "reference_research_field", "reference_research_subfield", "reference_research_topic",
            "reference_institution", "reference_organisation");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> institution(String name, String nameZh) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameEn", name);
        body.put("nameZh", nameZh);
        body.put("countryCode", "KZ");
        body.put("type", "education");
        body.put("domains", List.of("example-steppe.edu.kz"));
        body.put("webPage", "https://example-steppe.edu.kz/");
        return body;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void administratorsAddAnInstitutionThatIsSearchableAtOnceAndAudited() {
        ApiClient admin = testUsers.admin(port).api();
        String name = "Steppe Institute of Cooperation " + unique();
        ApiClient.Response created = admin.post("/api/v1/reference/institutions", institution(name, "草原合作学院" + unique()));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(id).startsWith("KZ-");
        assertThat(body.get("sources").toString()).contains("meridian");
        assertThat(body.get("nameZhSource").asString()).isEqualTo("administrator");

        assertThat(texts(admin.get("/api/v1/reference/institutions?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().get("items"), "id")).containsExactly(id);
        assertThat(texts(admin.get("/api/v1/reference/institutions?q=cooperation+" + name.substring(name.length() - 8)
                + "&country=KZ").json().get("items"), "id")).containsExactly(id);
        assertThat(texts(admin.get("/api/v1/reference/institutions?q=" + URLEncoder.encode("草原合作", StandardCharsets.UTF_8))
                .json().get("items"), "id")).contains(id);
        JsonNode audit = admin.get("/api/v1/audit?entityType=reference_institution&entityId=" + id).json();
        assertThat(audit.get("total").asLong()).isEqualTo(1);
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("created");
    }

    @Test
    void administratorsCorrectAnInstitutionWithOptimisticLocking() {
        ApiClient admin = testUsers.admin(port).api();
        String name = "Steppe Polytechnic " + unique();
        JsonNode created = admin.post("/api/v1/reference/institutions", institution(name, null)).json();
        String id = created.get("id").asString();
        Map<String, Object> change = institution(name + " of Astana", "阿斯塔纳草原理工学院" + unique());
        change.put("version", 0);
        ApiClient.Response changed = admin.put("/api/v1/reference/institutions/" + id, change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("nameEn").asString()).isEqualTo(name + " of Astana");
        assertThat(changed.json().get("id").asString()).as("renaming keeps the id").isEqualTo(id);
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);
        assertThat(admin.put("/api/v1/reference/institutions/" + id, change).status()).as("stale version").isEqualTo(409);
        assertThat(admin.get("/api/v1/audit?entityType=reference_institution&entityId=" + id).json().get("total")
                .asLong()).isEqualTo(2);
    }

    @Test
    void refusesADuplicateAndExplainsInvalidFields() {
        ApiClient admin = testUsers.admin(port).api();
        Map<String, Object> tsinghua = institution("THE Tsinghua University", null);
        tsinghua.put("countryCode", "CN");
        ApiClient.Response duplicate = admin.post("/api/v1/reference/institutions", tsinghua);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text()).contains("same name");
        Map<String, Object> invalid = new HashMap<>(Map.of("nameEn", " ", "countryCode", "QQ", "type", "castle",
                "rorId", "not-a-ror", "openalexId", "W123", "domains", List.of("not a domain"), "webPage", "ftp://x"));
        ApiClient.Response refused = admin.post("/api/v1/reference/institutions", invalid);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("nameEn",
                "countryCode", "type", "rorId", "openalexId", "domains", "webPage");
    }

    @Test
    void onlyAdministratorsChangeReferenceData() {
        long tenant = testUsers.newTenant("Reference Writer U");
        for (Role role : List.of(Role.OFFICER, Role.VIEWER, Role.ANALYST)) {
            ApiClient api = testUsers.newUser(role, tenant, port).api();
            assertThat(api.post("/api/v1/reference/institutions", institution("Forbidden U " + unique(), null)).status())
                    .as(role.name()).isEqualTo(403);
            assertThat(api.put("/api/v1/reference/institutions/CN-0000000000", institution("X", null)).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/reference/organisations", Map.of("code", "NOPE", "nameEn", "Nope",
                    "kind", "forum")).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/reference/organisations/UNESCO").status()).as(role + " reads").isEqualTo(200);
        }
    }

    @Test
    void listsOrganisationsAndLetsAdministratorsAddAndChangeThem() {
        ApiClient admin = testUsers.admin(port).api();
        assertThat(texts(admin.get("/api/v1/reference/organisations?kind=alliance").json(), "code")).contains("UASR",
                "APRU");
        JsonNode iiep = admin.get("/api/v1/reference/organisations/unesco-iiep").json();
        assertThat(iiep.get("parentCode").asString()).isEqualTo("UNESCO");
        assertThat(iiep.get("nameZh").asString()).isEqualTo("联合国教科文组织国际教育规划研究所");
        assertThat(admin.get("/api/v1/reference/organisations/OECD").json().get("countryGroupCode").asString())
                .isEqualTo("OECD");

        String code = "TEST-" + unique().toUpperCase();
        Map<String, Object> organisation = new HashMap<>(Map.of("code", code, "nameEn", "Test Network for Mobility",
                "kind", "association", "website", "https://network.example.org", "parentCode", "UNESCO"));
        ApiClient.Response created = admin.post("/api/v1/reference/organisations", organisation);
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/reference/organisations", organisation).status()).isEqualTo(409);
        organisation.put("nameZh", "测试流动网络");
        organisation.put("version", 0);
        ApiClient.Response changed = admin.put("/api/v1/reference/organisations/" + code, organisation);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("nameZh").asString()).isEqualTo("测试流动网络");
        assertThat(admin.put("/api/v1/reference/organisations/" + code, organisation).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/reference/organisations", Map.of("code", "x", "nameEn", "", "kind", "club"))
                .json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("code", "nameEn", "kind");
        assertThat(admin.get("/api/v1/audit?entityType=reference_organisation&entityId=" + code).json().get("total")
                .asLong()).isEqualTo(2);
    }

    @Test
    void reloadingTheShippedDataDuplicatesNothingAndKeepsEdits() {
        ApiClient admin = testUsers.admin(port).api();
        JsonNode peking = admin.get("/api/v1/reference/institutions?q=peking+university&country=CN").json().get("items")
                .get(0);
        assertThat(peking.get("nameEn").asString()).isEqualTo("Peking University");
        Map<String, Object> edit = new HashMap<>(Map.of("nameEn", "Peking University", "nameZh", "北京大学",
                "countryCode", "CN", "type", "education", "webPage", "https://www.pku.edu.cn/",
                "version", peking.get("version").asInt()));
        assertThat(admin.put("/api/v1/reference/institutions/" + peking.get("id").asString(), edit).status())
                .isEqualTo(200);
        Map<String, Long> before = counts();

        loader.load(true);
        loader.load(true);

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("reference_country_group")).isEqualTo(6 + 29);
        assertThat(admin.get("/api/v1/reference/institutions/" + peking.get("id").asString()).json().get("webPage")
                .asString()).isEqualTo("https://www.pku.edu.cn/");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        TABLES.forEach(table -> counts.put(table,
                jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }
}
