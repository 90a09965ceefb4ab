package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads the pages refuse (a document of the wrong type, empty, damaged or too large; an import file too large)
 * bring the user back to the page of the form with the reason in their language, never to the error page.
 */
@MeridianIntegrationTest
class RefusedUploadsIntegrationTests {

    private static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    WebSession session;

    @BeforeEach
    void signIn() {
        long tenant = testUsers.newTenant("Uploads U");
        session = WebSession.signIn(port, testUsers.newUser(Role.OFFICER, tenant, port).account().username(),
                TestUsers.PASSWORD);
    }

    @Test
    void aRefusedDocumentBringsBackTheAgreementWithTheReason() {
        String agreement = agreement();

        assertThat(refusal(agreement, "minutes.txt", "minutes".getBytes(StandardCharsets.UTF_8)))
                .contains("must be one of").contains("“minutes.txt” is none");
        assertThat(refusal(agreement, "signed.pdf", new byte[0])).contains("is empty: choose a file with content");
        assertThat(refusal(agreement, "signed.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .contains("is not a sound PDF file");
        // over the documents' limit (20 MB) but under the server's multipart limit (25 MB)
        assertThat(refusal(agreement, "scan.pdf", pdfOf(21 * MEGABYTE)))
                .contains("The file is too large: at most 20 MB can be uploaded here.");
        // over the server's multipart limit, refused before any controller runs
        assertThat(refusal(agreement, "scan.pdf", pdfOf(26 * MEGABYTE)))
                .contains("The file is too large: at most 20 MB can be uploaded here.");
        assertThat(session.get(agreement).text()).contains("No documents yet.").doesNotContain("upload-problem");

        session.post("/language", Map.of("lang", "zh", "returnTo", "/"));
        assertThat(refusal(agreement, "signed.pdf", new byte[0])).contains("文件为空，请选择有内容的文件");
    }

    @Test
    void anImportFileTooLargeBringsBackTheUploadPageWithTheReason() {
        session.get("/imports/mobility");
        byte[] eleven = csvOf(11 * MEGABYTE);
        WebSession.Page refused = session.upload("/imports/mobility", "mobility.csv", eleven);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text()).contains("data-test=\"upload-problem\"")
                .contains("The file has 11 MB; at most 10 MB can be imported at once.");

        WebSession.Page overLimit = session.upload("/imports/mobility", "mobility.csv", csvOf(26 * MEGABYTE));
        assertThat(overLimit.status()).isEqualTo(302);
        assertThat(overLimit.locationPath()).isEqualTo("/imports/mobility");
        assertThat(session.get("/imports/mobility").text())
                .contains("The file is too large: at most 10 MB can be uploaded here.");
        assertThat(session.get("/mobility").text()).contains("data-test=\"empty-state\"");
    }

    /** Uploads the file to the agreement and answers the agreement page the upload leads back to. */
    private String refusal(String agreement, String fileName, byte[] content) {
        session.get(agreement);
        WebSession.Page answer = session.upload(agreement + "/documents", fileName, content);
        assertThat(answer.status()).as(fileName).isEqualTo(302);
        assertThat(answer.locationPath()).isEqualTo(agreement);
        String page = session.get(agreement).text();
        assertThat(page).contains("data-test=\"upload-problem\"");
        return page;
    }

    private String agreement() {
        session.get("/partners/new");
        WebSession.Page partner = session.post("/partners", Map.of("kind", "institution", "name",
                "Universidad de los Andes", "country", "CO"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Exchange with Los Andes");
        form.put("type", "student-exchange");
        form.put("status", "draft");
        form.put("parties[0].partnerId", partner.locationPath().substring("/partners/".length()));
        session.get("/agreements/new");
        WebSession.Page created = session.post("/agreements", form);
        assertThat(created.status()).isEqualTo(302);
        return created.locationPath();
    }

    private static byte[] pdfOf(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    private static byte[] csvOf(int size) {
        byte[] csv = new byte[size];
        byte[] header = "Direction,Category\n".getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(csv, (byte) 'x');
        System.arraycopy(header, 0, csv, 0, header.length);
        return csv;
    }
}
