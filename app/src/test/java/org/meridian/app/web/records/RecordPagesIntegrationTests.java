package org.meridian.app.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.imports.ImportOutcome;
import org.meridian.app.imports.ImportProgress;
import org.meridian.app.imports.ImportTypes;
import org.meridian.app.imports.Importing;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.UserAccount;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partner and agreement pages over real HTTP with a signed-in office session, their imports, and the
 * agreement figures of the dashboard.
 */
@MeridianIntegrationTest
class RecordPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Importing importing;

    @Autowired
    ImportTypes importTypes;

    @Autowired
    Tenancy tenancy;

    long tenant;
    UserAccount officer;
    WebSession session;

    @BeforeEach
    void newInstitution() {
        tenant = testUsers.newTenant("Records U");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).account();
        session = WebSession.signIn(port, officer.username(), TestUsers.PASSWORD);
    }

    @Test
    void filtersThePartnerListFromTheUrl() {
        partner("Universität Heidelberg", "DE", "strategic");
        partner("Sorbonne Université", "FR", "partner");
        partner("Technische Universität München", "DE", "contact");

        String strategicInGermany = session.get("/partners?country=DE&level=strategic&sort=name").text();
        assertThat(strategicInGermany).contains("one partner").contains("Universität Heidelberg")
                .doesNotContain("München").doesNotContain("Sorbonne")
                .contains("href=\"/partners/export?format=csv&amp;country=DE&amp;level=strategic&amp;sort=name\"");
        assertThat(session.get("/partners?country=DE").text()).contains("2 partners");
        assertThat(session.get("/partners?q=sorbonne").text()).contains("one partner").contains("Sorbonne");
        String csv = session.get("/partners/export?format=csv&country=DE&sort=name").text();
        // header and the two German partners by name: "Technische …" before "Universität …"
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.indexOf("München")).isLessThan(csv.indexOf("Heidelberg"));
    }

    @Test
    void showsAMissingPartnerNameBesideItsFieldAndKeepsTheInput() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "institution");
        form.put("country", "JP");
        form.put("website", "https://www.u-tokyo.ac.jp");
        session.get("/partners/new");
        WebSession.Page rejected = session.post("/partners", form);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.text()).contains("id=\"field-name-error\"")
                .contains("value=\"https://www.u-tokyo.ac.jp\"");
        assertThat(session.get("/partners").text()).contains("data-test=\"empty-state\"");
    }

    @Test
    void showsTheServicesValidationMessagesInChinese() {
        session.post("/language", Map.of("lang", "zh", "returnTo", "/"));
        Map<String, String> partnerForm = new LinkedHashMap<>();
        partnerForm.put("kind", "institution");
        partnerForm.put("name", "Universität Wien");
        partnerForm.put("website", "www.univie.ac.at");
        partnerForm.put("nameZh", "维".repeat(301));
        session.get("/partners/new");
        String partnerPage = session.post("/partners", partnerForm).text();
        assertThat(partnerPage).contains("机构必须填写国家或地区", "须为以 http:// 或 https:// 开头的网址",
                "最多 300 个字符").doesNotContain("is required for an institution");

        long partner = partner("Universität Wien", "AT", "partner");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "维也纳大学学生交流");
        form.put("type", "student-exchange");
        form.put("status", "draft");
        form.put("parties[0].partnerId", String.valueOf(partner));
        form.put("signingDate", "2027-03-01");
        form.put("startDate", "2026-09-01");
        form.put("endDate", "2026-01-31");
        session.get("/agreements/new");
        WebSession.Page rejected = session.post("/agreements", form);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.text()).contains("不得早于开始日期 2026-09-01", "不得晚于结束日期 2026-01-31")
                .doesNotContain("must be on or after");
    }

    @Test
    void recordsAnAgreementThroughTheFormAndOffersOnlyLegalStatusChanges() {
        long partner = partner("University of Nairobi", "KE", "partner");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Student exchange with Nairobi");
        form.put("type", "student-exchange");
        form.put("status", "draft");
        form.put("parties[0].partnerId", String.valueOf(partner));
        form.put("startDate", "2025-09-01");
        form.put("endDate", "2030-08-31");
        form.put("iscedFields", "0411, 0611");
        session.get("/agreements/new");
        WebSession.Page created = session.post("/agreements", form);
        assertThat(created.status()).isEqualTo(302);
        String path = created.locationPath();
        assertThat(path).matches("/agreements/\\d+");

        String draft = session.get(path).text();
        // from draft by hand: negotiating, active, terminated; never expired, expiring or renewed
        assertThat(draft).contains("University of Nairobi").contains("0411, 0611")
                .contains("data-test=\"to-negotiating\"", "data-test=\"to-active\"", "data-test=\"to-terminated\"")
                .doesNotContain("data-test=\"to-expired\"").doesNotContain("data-test=\"to-expiring\"")
                .doesNotContain("data-test=\"to-draft\"").doesNotContain("data-test=\"renew\"");

        assertThat(session.post(path + "/status", Map.of("to", "active", "version", "0")).status()).isEqualTo(302);
        String active = session.get(path).text();
        assertThat(active).contains("The status has been changed.").contains(">Active<")
                .contains("data-test=\"to-terminated\"", "data-test=\"renew\"")
                .doesNotContain("data-test=\"to-negotiating\"").doesNotContain("data-test=\"to-draft\"");
        assertThat(session.post(path + "/status", Map.of("to", "draft")).status()).isEqualTo(409);
        assertThat(session.get("/agreements?status=active,expiring").text()).contains("one agreement")
                .contains("Student exchange with Nairobi");
        assertThat(session.get("/agreements?status=draft").text()).contains("data-test=\"no-match\"");
    }

    @Test
    void uploadsADocumentAndDownloadsItUnchanged() {
        long partner = partner("Universidad de Chile", "CL", "partner");
        String path = agreement("Research cooperation with Chile", partner, "draft", "2025-01-01", "2029-12-31");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        session.get(path);

        WebSession.Page uploaded = session.upload(path + "/documents", "signed.pdf", pdf);
        assertThat(uploaded.status()).isEqualTo(302);
        String detail = session.get(path).text();
        assertThat(detail).contains("The document has been uploaded.").contains(">signed.pdf<");
        String link = detail.substring(detail.indexOf(path + "/documents/"));
        link = link.substring(0, link.indexOf('"'));

        WebSession.Page download = session.get(link);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(pdf);
    }

    @Test
    void reimportingThePartnerFileCreatesNoDuplicates() {
        String csv = "\uFEFF名称,中文名称,类别,国家或地区,OpenAlex 编号,合作关系\n"
                + "University of Melbourne,墨尔本大学,机构,AU,I165779595,战略合作伙伴\n"
                + "Kazakh National University,,institution,KZ,,contact\n";
        ImportOutcome first = importPartners(csv);
        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(first.created()).isEqualTo(2);

        ImportOutcome again = importPartners(csv.replace("contact", "partner"));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(session.get("/partners").text()).contains("2 partners");
        assertThat(session.get("/partners?country=KZ&level=partner").text()).contains("Kazakh National University");
    }

    @Test
    void theDashboardCountsAgreementsInForceAndListsThoseEndingSoon() {
        long partner = partner("Chulalongkorn University", "TH", "partner");
        LocalDate today = LocalDate.now();
        String ending = agreement("Summer school with Bangkok", partner, "active", today.minusYears(2).toString(),
                today.plusDays(30).toString());
        agreement("Joint institute with Bangkok", partner, "active", today.minusYears(1).toString(),
                today.plusYears(4).toString());
        agreement("Draft MoU with Bangkok", partner, "draft", today.toString(), today.plusDays(20).toString());

        String html = session.get("/").text();
        String active = html.substring(html.indexOf("data-test=\"kpi-active-agreements\""));
        // two in force (one of them now expiring); the draft counts for neither figure
        assertThat(active).startsWith("data-test=\"kpi-active-agreements\" href=\"/agreements?status=active,expiring\"");
        assertThat(active.substring(active.indexOf("kpi-value\">") + 11)).startsWith("2<");
        String expiring = html.substring(html.indexOf("data-test=\"slot-expiring-agreements\""));
        assertThat(expiring).contains("href=\"" + ending + "\">Summer school with Bangkok<")
                .contains("30 days left").doesNotContain("Joint institute").doesNotContain("Draft MoU");
    }

    private long partner(String name, String country, String level) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "institution");
        form.put("name", name);
        form.put("country", country);
        form.put("level", level);
        session.get("/partners/new");
        WebSession.Page created = session.post("/partners", form);
        assertThat(created.status()).as(name).isEqualTo(302);
        return Long.parseLong(created.locationPath().substring("/partners/".length()));
    }

    private String agreement(String title, long partner, String status, String start, String end) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "research-cooperation");
        form.put("status", status);
        form.put("parties[0].partnerId", String.valueOf(partner));
        form.put("startDate", start);
        form.put("endDate", end);
        session.get("/agreements/new");
        WebSession.Page created = session.post("/agreements", form);
        assertThat(created.status()).as(title).isEqualTo(302);
        return created.locationPath();
    }

    private ImportOutcome importPartners(String csv) {
        ImportOutcome[] outcome = new ImportOutcome[1];
        tenancy.runAs(new CurrentUser(officer.id(), officer.username(), officer.displayName(), Role.OFFICER, tenant,
                "en"), () -> outcome[0] = importing.run(importTypes.byName("partners").orElseThrow(),
                        csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE));
        return outcome[0];
    }
}
