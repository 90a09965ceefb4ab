package org.meridian.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.meridian.app.reports.ReportDocument.BarChart;
import org.meridian.app.reports.ReportDocument.KeyFigure;
import org.meridian.app.reports.ReportDocument.KeyFigures;
import org.meridian.app.reports.ReportDocument.Section;
import org.meridian.app.reports.ReportDocument.Series;
import org.meridian.app.reports.ReportDocument.Table;

class ReportWritersTests {

    private final PdfReportWriter pdf = new PdfReportWriter();
    private final XlsxReportWriter xlsx = new XlsxReportWriter();

    @Test
    void writesChineseAndEnglishTextThatReadsBackFromThePdf() throws IOException {
        String text = pdfText(report("2026-11-29 10:00"));
        assertThat(text).contains("国际化年度报告").contains("Agreements by type").contains("有效协议")
                .contains("1,234").contains("学生交换").contains("=SUM(A1)");
    }

    @Test
    void sameDataGivesTheSameReportTextWhateverTheTimestamp() throws IOException {
        String first = pdfText(report("generated 2026-11-29 10:00"));
        String second = pdfText(report("generated 2027-01-02 23:59"));
        assertThat(first.replace("2026-11-29 10:00", "")).isEqualTo(second.replace("2027-01-02 23:59", ""));
    }

    @Test
    void writesTablesAsSheetsWithNumbersAsNumbersAndFormulasDisarmed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(report("now"), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet table = workbook.getSheet("Agreements by type");
            assertThat(table.getRow(1).getCell(0).getStringCellValue()).isEqualTo("学生交换");
            assertThat(table.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=SUM(A1)");
            Sheet chart = workbook.getSheet("Mobility by year");
            assertThat(chart.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2025");
            assertThat(chart.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(42.0);
        }
    }

    private String pdfText(ReportDocument report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static ReportDocument report(String generatedAt) {
        return new ReportDocument("国际化年度报告 2026", "Demo University", generatedAt, List.of(
                new Section("Agreements", List.of(
                        new KeyFigures(List.of(new KeyFigure("有效协议", "1,234"), new KeyFigure("Expiring", "7"))),
                        new Table("Agreements by type", List.of("Type", "Count"),
                                List.of(List.of("学生交换", "1234"), List.of("=SUM(A1)", "1")), List.of(1), "none"))),
                new Section("Mobility", List.of(new BarChart("Mobility by year", List.of("2024", "2025"),
                        List.of(new Series("Inbound", List.of(10.0, 12.0)), new Series("Outbound", List.of(30.0, 42.0))))))));
    }
}
