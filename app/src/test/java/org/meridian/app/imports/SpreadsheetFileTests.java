package org.meridian.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetFileTests {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private static Sheet read(byte[] content) {
        return SpreadsheetFile.read(content, TEN_MB, 1000);
    }

    private static String refusal(byte[] content) {
        try {
            read(content);
        }
        catch (UnreadableFile refused) {
            return refused.reason();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void readsUtf8WithoutByteOrderMark() {
        Sheet sheet = read("课程代码,课程名称\nC1,国际关系\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.encoding()).isEqualTo("UTF-8");
        assertThat(sheet.headers()).containsExactly("课程代码", "课程名称");
        assertThat(sheet.rows()).containsExactly(new SheetRow(2, List.of("C1", "国际关系")));
    }

    @Test
    void dropsTheByteOrderMarkOfUtf8() {
        byte[] body = "Code,Title\r\nC1,Économie\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Sheet sheet = read(withBom);
        assertThat(sheet.headers().get(0)).isEqualTo("Code");
        assertThat(sheet.rows().get(0).cells()).containsExactly("C1", "Économie");
    }

    @Test
    void readsGbkAsExcelOnChineseWindowsSavesIt() {
        Sheet sheet = read("课程代码,课程名称,开始日期\nC1,中外合作办学,2025年9月1日\n".getBytes(Charset.forName("GBK")));
        assertThat(sheet.encoding()).isEqualTo("GB18030");
        assertThat(sheet.headers()).containsExactly("课程代码", "课程名称", "开始日期");
        assertThat(sheet.rows().get(0).cells()).containsExactly("C1", "中外合作办学", "2025年9月1日");
    }

    @Test
    void readsUnicodeTextThatExcelSavesAsTabSeparatedUtf16() {
        byte[] body = "Code\tTitle\nC1\tA, B\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);
        assertThat(read(content).rows().get(0).cells()).containsExactly("C1", "A, B");
    }

    @Test
    void takesTheSeparatorTheHeaderUses() {
        Sheet sheet = read("Code;Title\nC1;\"Law; Politics\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().get(0).cells()).containsExactly("C1", "Law; Politics");
    }

    @Test
    void numbersRowsAsASpreadsheetProgramShowsThemAndSkipsBlankOnes() {
        Sheet sheet = read("Code,Title\nC1,A\n\n,\nC2,\"two\nlines\"\nC3,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 5, 6);
        assertThat(sheet.rows().get(1).cells()).containsExactly("C2", "two\nlines");
    }

    @Test
    void trimsCellsAndDropsTheApostropheBeforeFormulaLikeText() {
        Sheet sheet = read("Code,Title\n\u3000C1 ,'=1+2\n C2,'plain\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().get(0).cells()).containsExactly("C1", "=1+2");
        assertThat(sheet.rows().get(1).cells()).containsExactly("C2", "'plain");
    }

    @Test
    void refusesUnbalancedQuotes() {
        assertThat(refusal("Code,Title\nC1,\"open\nC2,closed\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.malformed");
        assertThat(refusal("Code,Title\nC1,\"quoted\"trailing\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.malformed");
    }

    @Test
    void readsXlsxDatesNumbersAndTheSavedResultsOfFormulas() {
        byte[] content = Workbooks.xlsx(book -> book
                .row(0, "Code", "Start date", "Seats", "Student number", "Total", "Note")
                .row(1, "C1", LocalDate.of(2025, 9, 1), 30, 202312345678L, new Workbooks.Formula("C2*2"), "=SUM(1,2)")
                .row(3, "C3", null, 2.5, null, new Workbooks.Formula("\"a\"&\"b\"")));
        Sheet sheet = read(content);
        assertThat(sheet.format()).isEqualTo("xlsx");
        assertThat(sheet.headers()).containsExactly("Code", "Start date", "Seats", "Student number", "Total", "Note");
        assertThat(sheet.rows().get(0)).isEqualTo(new SheetRow(2,
                List.of("C1", "2025-09-01", "30", "202312345678", "60", "=SUM(1,2)")));
        assertThat(sheet.rows().get(1)).isEqualTo(new SheetRow(4, List.of("C3", "", "2.5", "", "ab")));
    }

    @Test
    void refusesFilesLargerThanAllowed() {
        byte[] content = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');
        assertThatThrownBy(() -> SpreadsheetFile.read(content, 2 * 1024 * 1024, 1000))
                .isInstanceOfSatisfying(UnreadableFile.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("import.file.tooLarge");
                    assertThat(refused.arguments()).containsExactly(3L, 2L);
                });
    }

    @Test
    void refusesMoreRowsThanAllowed() {
        StringBuilder csv = new StringBuilder("Code\n");
        for (int i = 0; i < 11; i++) {
            csv.append("C").append(i).append('\n');
        }
        assertThatThrownBy(() -> SpreadsheetFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), TEN_MB, 10))
                .isInstanceOfSatisfying(UnreadableFile.class,
                        refused -> assertThat(refused.reason()).isEqualTo("import.file.tooManyRows"));
        assertThat(SpreadsheetFile.read(csv.substring(0, csv.lastIndexOf("C10")).getBytes(StandardCharsets.UTF_8),
                TEN_MB, 10).rows()).hasSize(10);
    }

    @Test
    void refusesWhatIsNoSpreadsheet() {
        assertThat(refusal("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("import.file.notSpreadsheet");
        assertThat(refusal(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A })).isEqualTo("import.file.notSpreadsheet");
        assertThat(refusal(new byte[] { 'C', 'o', 'd', 'e', 0, 1, 2, 3 })).isEqualTo("import.file.notSpreadsheet");
        assertThat(refusal("<!DOCTYPE html><html><body>table</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.notSpreadsheet");
        assertThat(refusal(new byte[0])).isEqualTo("import.file.empty");
    }

    @Test
    void asksForXlsxInsteadOfTheOldExcelFormat() {
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
        assertThat(refusal(xls)).isEqualTo("import.file.oldExcel");
    }

    @Test
    void refusesADamagedXlsx() {
        byte[] whole = Workbooks.xlsx(book -> book.row(0, "Code").row(1, "C1"));
        assertThat(refusal(Arrays.copyOf(whole, whole.length / 2))).isEqualTo("import.file.malformedXlsx");
        assertThat(refusal(new byte[] { 'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p' }))
                .isEqualTo("import.file.malformedXlsx");
    }
}
