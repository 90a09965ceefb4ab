package org.meridian.app.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an XLSX file as a {@link Sheet}, streamed (SAX), so that large files need little
 * memory. Date cells become ISO dates ({@code 2025-09-01}, or {@code 2025-09-01 14:30:00} with a time),
 * whole numbers print without exponent or grouping ({@code 202312345678}), formulas contribute the result
 * Excel saved with them and are never evaluated.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static Sheet read(byte[] content, int maxRows) {
        Rows rows = new Rows(maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("import.file.malformed", 1);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        catch (UnreadableFile refused) {
            throw refused;
        }
        catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException damaged) {
            throw new UnreadableFile("import.file.malformedXlsx");
        }
        if (rows.headers == null || rows.headers.stream().allMatch(String::isEmpty)) {
            throw new UnreadableFile("import.file.empty");
        }
        return new Sheet("xlsx", null, rows.headers, rows.data);
    }

    /** Collects rows; fills the gaps that XLSX leaves for empty cells. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private List<String> headers;
        private final List<SheetRow> data = new ArrayList<>();
        private List<String> current;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNumber) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(SpreadsheetFile.cleanCell(formattedValue));
        }

        @Override
        public void endRow(int rowNumber) {
            if (headers == null) {
                if (current.stream().allMatch(String::isEmpty)) {
                    return;
                }
                headers = current;
                return;
            }
            SheetRow row = new SheetRow(rowNumber + 1, current);
            if (!row.blank()) {
                if (data.size() == maxRows) {
                    throw new UnreadableFile("import.file.tooManyRows", maxRows);
                }
                data.add(row);
            }
        }
    }

    /** Excel's display formats, except that dates come out as ISO dates and whole numbers in full. */
    private static final class IsoDates extends DataFormatter {

        private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : WITH_TIME.format(time);
            }
            boolean percent = formatString != null && formatString.contains("%");
            if (value == Math.rint(value) && Math.abs(value) < 1e15 && !percent) {
                return Long.toString((long) value);
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
