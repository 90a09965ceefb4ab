package org.meridian.app.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an officer does with agreements and partners through the pages alone: importing agreements (a good file,
 * then a bad one that changes nothing and reports every row), renewing an agreement, and trying to delete a
 * partner that agreements still name.
 */
@MeridianIntegrationTest
class RecordPageFlowsIntegrationTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    WebSession session;

    @BeforeEach
    void signIn() {
        long tenant = testUsers.newTenant("Flows U");
        session = WebSession.signIn(port, testUsers.newUser(Role.OFFICER, tenant, port).account().username(),
                TestUsers.PASSWORD);
    }

    @Test
    void importsAgreementsThroughTheImportPagesAllOrNothing() {
        partner("Kyoto University", "JP");
        partner("Seoul National University", "KR");
        String good = "Title,Type,Status,Partner,Start date,End date\n"
                + "Joint lab with Kyoto,research-cooperation,active,Kyoto University,2025-04-01,2030-03-31\n"
                + "Exchange with Seoul,student-exchange,draft,Seoul National University,2026-03-01,2031-02-28\n";
        String imported = importAgreements(good);
        assertThat(imported).contains("data-test=\"import-imported\"").contains("2 rows imported: 2 new, 0 updated.");
        assertThat(session.get("/agreements").text()).contains("2 agreements").contains("Joint lab with Kyoto");

        String bad = "协议名称,类型,合作伙伴,生效日期\n"
                + "Summer school with Kyoto,short-programme,Kyoto University,2026-07-01\n"
                + "Exchange with Atlantis,student-exchange,Atlantis University,2026-09-01\n"
                + "Lab with Seoul,research-cooperation,Seoul National University,2026-02-30\n";
        String rejected = importAgreements(bad);
        assertThat(rejected).contains("data-test=\"import-rejected\"");
        String report = rejected.substring(rejected.indexOf("data-test=\"import-report\""));
        assertThat(report).contains("Atlantis University", "no recorded partner has this OpenAlex id, ROR id or name")
                .contains("2026-02-30");
        // the good first row was not written either
        assertThat(session.get("/agreements").text()).contains("2 agreements").doesNotContain("Summer school");
    }

    @Test
    void renewsAnAgreementThroughItsPage() {
        long partner = partner("University of Cape Town", "ZA");
        LocalDate today = LocalDate.now();
        String predecessor = agreement("Exchange with Cape Town", partner, today.minusYears(4), today.plusDays(60));
        String renewal = session.get(predecessor + "/renew").text();
        assertThat(renewal).contains("data-test=\"renew-form\"").contains("Exchange with Cape Town");
        String version = version(renewal);

        Map<String, String> early = new LinkedHashMap<>();
        early.put("status", "active");
        early.put("startDate", today.minusYears(5).toString());
        early.put("version", version);
        WebSession.Page refused = session.post(predecessor + "/renew", early);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("must not be before the start date of the agreement it renews");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Exchange with Cape Town 2");
        form.put("status", "active");
        form.put("startDate", today.plusDays(61).toString());
        form.put("endDate", today.plusYears(5).toString());
        form.put("version", version);
        WebSession.Page renewed = session.post(predecessor + "/renew", form);
        assertThat(renewed.status()).isEqualTo(302);
        String successor = renewed.locationPath();
        assertThat(successor).matches("/agreements/\\d+").isNotEqualTo(predecessor);
        assertThat(session.get(successor).text()).contains("The agreement has been renewed.")
                .contains("Exchange with Cape Town 2").contains("href=\"" + predecessor + "\"")
                .contains("University of Cape Town");
        assertThat(session.get(predecessor).text()).contains(">Renewed<").contains("href=\"" + successor + "\"")
                .doesNotContain("data-test=\"renew\"");
    }

    @Test
    void refusesToDeleteAPartnerThatAgreementsStillName() {
        long partner = partner("Universidade de São Paulo", "BR");
        agreement("Exchange with São Paulo", partner, LocalDate.now(), LocalDate.now().plusYears(3));
        String detail = session.get("/partners/" + partner).text();
        // the delete button asks first (the browser shows the question in a dialog before posting)
        assertThat(detail).contains("action=\"/partners/" + partner + "/delete\"")
                .contains("data-confirm=\"Delete this partner for good? This cannot be undone.\"");

        WebSession.Page refused = session.post("/partners/" + partner + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.locationPath()).isEqualTo("/partners/" + partner);
        String again = session.get("/partners/" + partner).text();
        assertThat(again).contains("data-test=\"refusal\"")
                .contains("This partner cannot be deleted: it is still used by one agreement.");
        assertThat(session.get("/partners").text()).contains("one partner");
    }

    /** Uploads the file on the import page and answers the job page once the import has finished. */
    private String importAgreements(String csv) {
        session.get("/imports/agreements");
        WebSession.Page started = session.upload("/imports/agreements", "agreements.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.locationPath()).startsWith("/imports/jobs/");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String page = session.get(started.locationPath()).text();
        while (!page.contains("data-test=\"import-imported\"") && !page.contains("data-test=\"import-rejected\"")
                && Instant.now().isBefore(deadline)) {
            // the page as htmx asks for it every second until the job has finished
            page = session.get(started.locationPath()).text();
        }
        return page;
    }

    private long partner(String name, String country) {
        session.get("/partners/new");
        WebSession.Page created = session.post("/partners", Map.of("kind", "institution", "name", name, "country",
                country, "level", "partner"));
        assertThat(created.status()).as(name).isEqualTo(302);
        return Long.parseLong(created.locationPath().substring("/partners/".length()));
    }

    private String agreement(String title, long partner, LocalDate start, LocalDate end) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "student-exchange");
        form.put("status", "active");
        form.put("parties[0].partnerId", String.valueOf(partner));
        form.put("startDate", start.toString());
        form.put("endDate", end.toString());
        session.get("/agreements/new");
        WebSession.Page created = session.post("/agreements", form);
        assertThat(created.status()).as(title).isEqualTo(302);
        return created.locationPath();
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
