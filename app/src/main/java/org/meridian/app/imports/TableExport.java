package org.meridian.app.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (headers and rows of values) as CSV or XLSX with the same columns. CSV is UTF-8 with a
 * byte-order mark, so that Excel opens Chinese text correctly. XLSX is streamed, so long lists need little
 * memory; numbers become number cells and dates date cells.
 * <p>
 * No exported cell can run as a formula: text that starts with {@code = + - @}, a tab or a carriage return
 * gets an apostrophe in front ({@code =1+1} becomes {@code '=1+1}), in both formats. The importer drops that
 * apostrophe again, so an export imports unchanged.
 */
public final class TableExport {

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private TableExport() {
    }

    public static void csv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(headers.stream().map(TableExport::neutralised).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(TableExport::csvText).toList());
            }
            printer.flush();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public static void xlsx(String sheetName, List<String> headers, Iterable<? extends List<?>> rows,
            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(neutralised(headers.get(column)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column, Math.min(60, Math.max(12, headers.get(column).length() * 2 + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int number = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(number++);
                for (int column = 0; column < values.size(); column++) {
                    write(row.createCell(column), values.get(column), dateStyle, timeStyle);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle, CellStyle timeStyle) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        }
        else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(timeStyle);
        }
        else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        }
        else {
            cell.setCellValue(neutralised(value.toString()));
        }
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString().replace('T', ' ');
        }
        return neutralised(value.toString());
    }

    /** Text made safe to open in a spreadsheet program: formula-like text gets a leading apostrophe. */
    public static String neutralised(String text) {
        return text != null && isFormulaLike(text) ? "'" + text : text;
    }

    static boolean isFormulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
