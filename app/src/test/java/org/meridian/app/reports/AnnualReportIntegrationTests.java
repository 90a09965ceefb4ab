package org.meridian.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianIntegrationTest
class AnnualReportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    ApiClient officer;

    @BeforeEach
    void recordsOfAYear() {
        officer = testUsers.newUser(Role.OFFICER, testUsers.newTenant("Report University"), port).api();
        for (int i = 0; i < 3; i++) {
            post(mobility("outbound", "DE", "2025-0" + (3 + i) + "-01", "2025-07-31", "student", "government-scholarship"));
        }
        post(mobility("outbound", "US", "2025-09-01", "2026-01-31", "student", "self-funded"));
        post(mobility("inbound", "KZ", "2025-09-01", "2026-06-30", "student", "government-scholarship"));
        post(mobility("inbound", "KZ", "2024-09-01", "2025-06-30", "student", "government-scholarship"));
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("organisationCode", "UNESCO");
        engagement.put("organisationName", "UNESCO");
        engagement.put("kind", "conference-hosted");
        engagement.put("role", "host");
        engagement.put("title", "Forum on digital education");
        engagement.put("startDate", "2025-05-20");
        assertThat(officer.post("/api/v1/engagements", engagement).status()).isEqualTo(201);
    }

    @Test
    void thePdfHoldsTheYearsFiguresInEnglish() throws IOException {
        ApiClient.Response report = officer.get("/api/v1/reports/annual?year=2025&language=en&format=pdf");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(report.bytes());
        assertThat(text).contains("Annual internationalisation report 2025").contains("Report University");
        // 2025 starts: 4 outbound (3 to Germany, 1 to the United States), 1 inbound (the 2024 start is not counted)
        assertThat(text).containsPattern("Germany 0 3 3 -1\\.00").containsPattern("Kazakhstan 1 0 1 \\+1\\.00");
        assertThat(text).contains("Forum on digital education").contains("Conference or forum hosted 1 0 0");
        assertThat(text).contains("2025/2026");
    }

    @Test
    void theChineseReportSpeaksChinese() throws IOException {
        String text = pdfText(officer.get("/api/v1/reports/annual?year=2025&language=zh&format=pdf").bytes());
        assertThat(text).contains("2025年度国际化报告").contains("德国").contains("政府奖学金");
    }

    @Test
    void theWorkbookHasTheSameFigures() throws IOException {
        ApiClient.Response report = officer.get("/api/v1/reports/annual?year=2025&language=en&format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.bytes()))) {
            var byCountry = workbook.getSheet("Mobility by country");
            assertThat(byCountry.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Germany");
            assertThat(byCountry.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void buildsInTheBackgroundWithProgress() {
        ApiClient.Response started = officer.post("/api/v1/reports/annual",
                Map.of("year", 2025, "language", "en", "format", "xlsx"));
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        ApiClient.Response status = officer.get("/api/v1/reports/jobs/" + id);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!"ready".equals(status.json().get("status").asString()) && System.nanoTime() < deadline) {
            assertThat(status.json().get("status").asString()).isEqualTo("running");
            status = officer.get("/api/v1/reports/jobs/" + id);
        }
        assertThat(status.json().get("percent").asInt()).isEqualTo(100);
        assertThat(officer.get(status.json().get("download").asString()).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownFormatOrLanguage() {
        assertThat(officer.get("/api/v1/reports/annual?year=2025&format=docx").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("format");
        assertThat(officer.get("/api/v1/reports/annual?year=2025&language=fr").status()).isEqualTo(400);
    }

    private void post(Map<String, Object> draft) {
        ApiClient.Response response = officer.post("/api/v1/mobility", draft);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static int counter;

    private static Map<String, Object> mobility(String direction, String country, String start, String end,
            String category, String funding) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("direction", direction);
        draft.put("category", category);
        draft.put("iscedLevel", 7);
        draft.put("country", country);
        draft.put("iscedField", "0613");
        draft.put("startDate", start);
        draft.put("endDate", end);
        draft.put("funding", funding);
        draft.put("person", Map.of("familyName", "Person" + (++counter), "givenName", "Test", "nationality",
                "inbound".equals(direction) ? country : "CN", "personIdentifier", "R" + counter));
        return draft;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
