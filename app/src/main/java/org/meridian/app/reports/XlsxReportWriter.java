package org.meridian.app.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.meridian.app.imports.TableExport;
import org.meridian.app.reports.ReportDocument.BarChart;
import org.meridian.app.reports.ReportDocument.Block;
import org.meridian.app.reports.ReportDocument.KeyFigures;
import org.meridian.app.reports.ReportDocument.Section;
import org.meridian.app.reports.ReportDocument.Table;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link ReportDocument} as a workbook: a summary sheet with the title, key figures and texts, then
 * one sheet per table and per chart (its data), so every figure of the PDF can be reused in a spreadsheet.
 * Numbers are written as numbers; text that a spreadsheet could run as a formula is written as text.
 */
@Component
public class XlsxReportWriter {

    public void write(ReportDocument report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            Sheet summary = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            Set<String> sheetNames = new HashSet<>();
            sheetNames.add(summary.getSheetName());
            int line = 0;
            text(summary.createRow(line++), 0, report.title(), bold);
            if (report.subtitle() != null) {
                text(summary.createRow(line++), 0, report.subtitle(), null);
            }
            text(summary.createRow(line++), 0, report.generatedAt(), null);
            for (Section section : report.sections()) {
                line++;
                text(summary.createRow(line++), 0, section.heading(), bold);
                for (Block block : section.blocks()) {
                    if (block instanceof ReportDocument.Paragraph paragraph) {
                        text(summary.createRow(line++), 0, paragraph.text(), null);
                    }
                    else if (block instanceof KeyFigures figures) {
                        for (ReportDocument.KeyFigure figure : figures.figures()) {
                            Row row = summary.createRow(line++);
                            text(row, 0, figure.label(), null);
                            value(row, 1, figure.value());
                        }
                    }
                    else if (block instanceof Table table) {
                        Sheet sheet = workbook.createSheet(uniqueName(sheetNames, table.caption(), section.heading()));
                        writeTable(sheet, table.header(), table.rows(), bold, false);
                        text(summary.createRow(line++), 0, "→ " + sheet.getSheetName(), null);
                    }
                    else if (block instanceof BarChart chart) {
                        Sheet sheet = workbook.createSheet(uniqueName(sheetNames, chart.caption(), section.heading()));
                        List<String> header = new java.util.ArrayList<>();
                        header.add("");
                        chart.series().forEach(series -> header.add(series.name()));
                        List<List<String>> rows = new java.util.ArrayList<>();
                        for (int category = 0; category < chart.categories().size(); category++) {
                            List<String> row = new java.util.ArrayList<>();
                            row.add(chart.categories().get(category));
                            for (ReportDocument.Series series : chart.series()) {
                                row.add(category < series.values().size()
                                        ? stripZeroFraction(series.values().get(category)) : "");
                            }
                            rows.add(row);
                        }
                        writeTable(sheet, header, rows, bold, true);
                        text(summary.createRow(line++), 0, "→ " + sheet.getSheetName(), null);
                    }
                }
            }
            summary.setColumnWidth(0, 60 * 256);
            summary.setColumnWidth(1, 20 * 256);
            workbook.getProperties().getCoreProperties().setCreator("Meridian");
            workbook.write(out);
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot write the XLSX report", failure);
        }
    }

    private static void writeTable(Sheet sheet, List<String> header, List<List<String>> rows, CellStyle bold,
            boolean firstColumnIsLabel) {
        Row headerRow = sheet.createRow(0);
        for (int column = 0; column < header.size(); column++) {
            text(headerRow, column, header.get(column), bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int column = 0; column < rows.get(r).size(); column++) {
                if (column == 0 && firstColumnIsLabel) {
                    text(row, column, rows.get(r).get(column), null);
                }
                else {
                    value(row, column, rows.get(r).get(column));
                }
            }
        }
        for (int column = 0; column < header.size(); column++) {
            sheet.setColumnWidth(column, Math.min(60, Math.max(10, header.get(column).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static String uniqueName(Set<String> taken, String caption, String fallback) {
        String base = WorkbookUtil.createSafeSheetName(caption == null || caption.isBlank() ? fallback : caption);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int suffix = 2; taken.contains(name.toLowerCase()); suffix++) {
            name = base + " " + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    /** Writes numbers (plain, with grouping commas or a percent sign) as numeric cells, all else as text. */
    private static void value(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return;
        }
        String plain = value.replace(",", "").trim();
        boolean percent = plain.endsWith("%");
        if (percent) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (plain.matches("-?\\d+(\\.\\d+)?")) {
            double number = Double.parseDouble(plain);
            cell.setCellValue(percent ? number / 100 : number);
        }
        else {
            cell.setCellValue(TableExport.neutralised(value));
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(TableExport.neutralised(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String stripZeroFraction(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
