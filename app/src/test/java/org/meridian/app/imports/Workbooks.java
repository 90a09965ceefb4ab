package org.meridian.app.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX files built with POI for the tests, as Excel would save them. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] xlsx(Consumer<Filler> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            rows.accept(new Filler(sheet, date));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Writes rows: String text cells, Number numeric cells, LocalDate date cells, Formula formula cells. */
    static final class Filler {

        private final Sheet sheet;
        private final CellStyle date;

        Filler(Sheet sheet, CellStyle date) {
            this.sheet = sheet;
            this.date = date;
        }

        Filler row(int index, Object... values) {
            Row row = sheet.createRow(index);
            for (int column = 0; column < values.length; column++) {
                Object value = values[column];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(column);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                }
                else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                }
                else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.text());
                }
                else {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }
    }

    record Formula(String text) {
    }
}
