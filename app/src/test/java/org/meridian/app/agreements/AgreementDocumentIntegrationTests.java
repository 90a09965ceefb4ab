package org.meridian.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.app.agreements.RecordFixtures.agreement;
import static org.meridian.app.agreements.RecordFixtures.agreementWith;
import static org.meridian.app.agreements.RecordFixtures.partner;
import static org.meridian.app.agreements.TestDocuments.upload;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@MeridianIntegrationTest
class AgreementDocumentIntegrationTests {

    private static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Value("${meridian.data-dir}")
    Path dataDir;

    long tenant;
    ApiClient officer;
    long agreementId;

    @BeforeEach
    void newAgreement() {
        tenant = testUsers.newTenant("Document Test University");
        officer = testUsers.newUser(Role.OFFICER, tenant, port).api();
        agreementId = agreement(officer, agreementWith(List.of(partner(officer, "Kyoto University", "JP"))))
                .get("id").asLong();
    }

    @Test
    void storesAPdfWithItsChecksumAndDownloadsItUnchangedUnderItsChineseName() throws IOException {
        byte[] pdf = TestDocuments.pdf("Memorandum of understanding");

        Response response = upload(officer, agreementId, "合作协议.pdf", pdf);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode document = response.json();
        long id = document.get("id").asLong();
        assertThat(document.get("filename").asString()).isEqualTo("合作协议.pdf");
        assertThat(document.get("format").asString()).isEqualTo("pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asString()).isEqualTo(TestDocuments.sha256(pdf));
        assertThat(Files.readAllBytes(dataDir.resolve("documents").resolve(Long.toString(tenant))
                .resolve(Long.toString(id)))).isEqualTo(pdf);

        Response download = officer.get("/api/v1/agreements/" + agreementId + "/documents/" + id + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(TestDocuments.sha256(download.bytes())).isEqualTo(document.get("sha256").asString());
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("ETag")).contains("\"" + TestDocuments.sha256(pdf) + "\"");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("合作协议.pdf");
    }

    @Test
    void acceptsWordOpenDocumentAndOldExcelFiles() {
        assertThat(upload(officer, agreementId, "annex.docx", TestDocuments.docx("Annex 1")).json()
                .get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(upload(officer, agreementId, "minutes.odt", TestDocuments.odt()).status()).isEqualTo(201);
        assertThat(upload(officer, agreementId, "quotas.xls", TestDocuments.xls("Quotas")).status()).isEqualTo(201);

        JsonNode list = officer.get("/api/v1/agreements/" + agreementId + "/documents").json();
        assertThat(list.findValuesAsString("filename")).containsExactly("annex.docx", "minutes.odt", "quotas.xls");
        assertThat(list.findValuesAsString("format")).containsExactly("docx", "odt", "xls");
    }

    static Stream<Arguments> contentNotMatchingItsName() {
        byte[] pdf = TestDocuments.pdf("text");
        byte[] docx = TestDocuments.docx("text");
        return Stream.of(
                Arguments.of("fake.pdf", "just text".getBytes(StandardCharsets.UTF_8),
                        "the file is not a PDF: it does not begin with %PDF-"),
                Arguments.of("cut.pdf", Arrays.copyOf(pdf, pdf.length - 40),
                        "the PDF is truncated or damaged: it does not end with %%EOF"),
                Arguments.of("letter.docx", pdf, "the file is not a DOCX document: it is not a ZIP package"),
                Arguments.of("half.docx", Arrays.copyOf(docx, docx.length / 2),
                        "the DOCX document is damaged: its ZIP structure cannot be read"),
                Arguments.of("sheet.xlsx", docx,
                        "the file is not an XLSX document: the package lacks [Content_Types].xml or the xl/ part"),
                Arguments.of("notes.odt", docx, "the file is not an ODT document: its mimetype entry is not"
                        + " application/vnd.oasis.opendocument.text or it has no content.xml"),
                Arguments.of("old.doc", TestDocuments.xls("Sheet"),
                        "the file is not a DOC document: it has no WordDocument stream"),
                Arguments.of("old.ppt", docx,
                        "the file is not a PPT document: it does not begin with the OLE2 signature D0CF11E0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentNotMatchingItsName")
    void refusesContentThatDoesNotMatchItsNameLeavingNothingBehind(String filename, byte[] content,
            String message) throws IOException {
        long filesBefore = storedFiles();
        long rowsBefore = documentRows();

        Response response = upload(officer, agreementId, filename, content);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(message);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(documentRows()).isEqualTo(rowsBefore);
    }

    @Test
    void refusesAnOversizedUploadWith413LeavingNothingBehind() throws IOException {
        long filesBefore = storedFiles();
        long rowsBefore = documentRows();

        Response response = upload(officer, agreementId, "scan.pdf", TestDocuments.pdfShapedBytes(20 * MEGABYTE + 1));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).isEqualTo("the upload is larger than allowed"
                + " (at most 20 MB)");
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(documentRows()).isEqualTo(rowsBefore);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        Response response = upload(officer, agreementId, "scan.pdf", TestDocuments.pdfShapedBytes(20 * MEGABYTE));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("sizeBytes").asLong()).isEqualTo(20L * MEGABYTE);
    }

    @Test
    void refusesOtherFileTypesEmptyFilesAndRequestsWithoutAFile() {
        Response exe = upload(officer, agreementId, "setup.exe", new byte[] { 'M', 'Z' });
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of pdf, doc, docx, xls, xlsx, odt, ods, ppt, pptx; 'setup.exe' is none");
        assertThat(upload(officer, agreementId, "empty.pdf", new byte[0]).json().get("errors").get(0)
                .get("message").asString()).isEqualTo("is empty");
        Response noFile = officer.post("/api/v1/agreements/" + agreementId + "/documents", "{}");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void deletesADocumentWithItsFile() throws IOException {
        long id = upload(officer, agreementId, "annex.pdf", TestDocuments.pdf("Annex")).json().get("id").asLong();
        Path file = dataDir.resolve("documents").resolve(Long.toString(tenant)).resolve(Long.toString(id));
        assertThat(file).exists();

        assertThat(officer.delete("/api/v1/agreements/" + agreementId + "/documents/" + id).status()).isEqualTo(204);

        assertThat(file).doesNotExist();
        assertThat(officer.get("/api/v1/agreements/" + agreementId + "/documents/" + id).status()).isEqualTo(404);
        JsonNode audit = testUsers.admin(port).api().get("/api/v1/audit?entityType=agreement-document&entityId=" + id)
                .json();
        assertThat(audit.get("items").findValuesAsString("action")).containsExactly("deleted", "created");
    }

    @Test
    void deletingAnAgreementDeletesItsDocuments() {
        long id = upload(officer, agreementId, "signed.pdf", TestDocuments.pdf("Signed")).json().get("id").asLong();
        Path file = dataDir.resolve("documents").resolve(Long.toString(tenant)).resolve(Long.toString(id));

        assertThat(officer.delete("/api/v1/agreements/" + agreementId).status()).isEqualTo(204);

        assertThat(file).doesNotExist();
        assertThat(jdbc.sql("select count(*) from agreement_document where id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void answers404ForDocumentsOfUnknownAgreementsOrUnknownDocuments() {
        assertThat(officer.get("/api/v1/agreements/987654321/documents").status()).isEqualTo(404);
        assertThat(upload(officer, 987654321L, "a.pdf", TestDocuments.pdf("x")).status()).isEqualTo(404);
        assertThat(officer.get("/api/v1/agreements/" + agreementId + "/documents/987654321/content").status())
                .isEqualTo(404);
        assertThat(officer.delete("/api/v1/agreements/" + agreementId + "/documents/987654321").status())
                .isEqualTo(404);
    }

    private long storedFiles() throws IOException {
        Path documents = dataDir.resolve("documents");
        if (!Files.exists(documents)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long documentRows() {
        return jdbc.sql("select count(*) from agreement_document").query(Long.class).single();
    }
}
