package org.meridian.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTests {

    private static final List<String> HEADERS = List.of("Code", "名称", "Start date", "Seats");
    private static final List<List<Object>> ROWS = List.of(
            List.of("=cmd|' /C calc'!A0", "+SUM(1,2)", LocalDate.of(2025, 9, 1), 30),
            Arrays.asList("-2+3", "@import", null, -5),
            List.of("\tTabbed", "北京大学, \"PKU\"", LocalDate.of(2026, 1, 15), 1.5));

    @Test
    void writesCsvInUtf8WithByteOrderMarkAndNoFormula() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(HEADERS, ROWS, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Code,名称,Start date,Seats\r\n"
                + "'=cmd|' /C calc'!A0,\"'+SUM(1,2)\",2025-09-01,30\r\n"
                + "'-2+3,'@import,,-5\r\n"
                + "'\tTabbed,\"北京大学, \"\"PKU\"\"\",2026-01-15,1.5\r\n");
    }

    @Test
    void writesXlsxWithTextCellsForFormulaLikeValuesAndRealNumbersAndDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx("Courses", HEADERS, ROWS, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Courses");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'@import");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(-5.0);
            for (int row = 0; row <= sheet.getLastRowNum(); row++) {
                sheet.getRow(row).forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void anExportImportsBackToTheSameText() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TableExport.csv(HEADERS, ROWS, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableExport.xlsx("Courses", HEADERS, ROWS, xlsx);
        for (byte[] file : List.of(csv.toByteArray(), xlsx.toByteArray())) {
            Sheet sheet = SpreadsheetFile.read(file, 1 << 20, 100);
            assertThat(sheet.headers()).isEqualTo(HEADERS);
            assertThat(sheet.rows().get(0).cells()).containsExactly("=cmd|' /C calc'!A0", "+SUM(1,2)", "2025-09-01", "30");
            assertThat(sheet.rows().get(1).cells()).containsExactly("-2+3", "@import", "", "-5");
        }
    }

    @Test
    void writesTemplatesWithHeadersInTheUsersLanguage() throws IOException {
        CourseImport type = new CourseImport(org.springframework.jdbc.core.simple.JdbcClient.create(
                new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:templates")));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ImportTemplates.csv(type, "zh", csv);
        assertThat(new String(csv.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF课程代码,课程名称,开始日期,结束日期,名额,层次\r\n");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ImportTemplates.xlsx(type, "en", code -> code, xlsx);
        assertThat(SpreadsheetFile.read(xlsx.toByteArray(), 1 << 20, 10).headers())
                .containsExactly("Code", "Title", "Start date", "End date", "Seats", "Level");
    }
}
