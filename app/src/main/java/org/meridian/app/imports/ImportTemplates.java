package org.meridian.app.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty file an office fills in: the header row of an import type in the user's language. The XLSX
 * template has a second sheet explaining each column (required or not, the expected form); the importer
 * reads only the first sheet.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    public static void csv(ImportType<?> type, String language, OutputStream out) {
        TableExport.csv(headers(type, language), List.of(), out);
    }

    /**
     * @param messages the UI text of a message code in the chosen language (sheet names, "required", hints)
     */
    public static void xlsx(ImportType<?> type, String language, Function<String, String> messages,
            OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet data = workbook.createSheet(messages.apply("import.template.dataSheet"));
            Row header = data.createRow(0);
            List<ImportColumn> columns = type.columns();
            for (int index = 0; index < columns.size(); index++) {
                Cell cell = header.createCell(index);
                cell.setCellValue(columns.get(index).header(language));
                cell.setCellStyle(bold);
                data.setColumnWidth(index, 20 * 256);
                data.setDefaultColumnStyle(index, columns.get(index).parser() == ValueParser.DATE ? date : text);
            }
            data.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(messages.apply("import.template.helpSheet"));
            Row helpHeader = help.createRow(0);
            String[] titles = { "import.template.column", "import.template.required", "import.template.form" };
            for (int index = 0; index < titles.length; index++) {
                Cell cell = helpHeader.createCell(index);
                cell.setCellValue(messages.apply(titles[index]));
                cell.setCellStyle(bold);
            }
            for (int index = 0; index < columns.size(); index++) {
                ImportColumn column = columns.get(index);
                Row row = help.createRow(index + 1);
                row.createCell(0).setCellValue(column.header(language));
                row.createCell(1).setCellValue(messages.apply(column.required() ? "import.template.yes"
                        : "import.template.no"));
                row.createCell(2).setCellValue(messages.apply(column.parser().hint()));
            }
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 70 * 256);
            workbook.write(out);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static List<String> headers(ImportType<?> type, String language) {
        return type.columns().stream().map(column -> column.header(language)).toList();
    }
}
