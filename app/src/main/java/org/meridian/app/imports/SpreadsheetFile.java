package org.meridian.app.imports;

import java.util.Arrays;

/**
 * Reads an uploaded file as a {@link Sheet}, deciding by its content (never by its name) what it is:
 * XLSX (a ZIP holding a workbook), CSV (text; see {@link CsvSheets} for encodings and separators), or
 * neither. Refuses with {@link UnreadableFile}, before reading further:
 * <ul>
 * <li>{@code import.file.tooLarge}: more bytes than allowed;</li>
 * <li>{@code import.file.oldExcel}: an .xls (or password-protected) Excel file, to be saved as .xlsx;</li>
 * <li>{@code import.file.notSpreadsheet}: PDF, images, Word or other binary content, HTML;</li>
 * <li>{@code import.file.malformed}: unbalanced quotes in CSV, a damaged XLSX;</li>
 * <li>{@code import.file.tooManyRows}, {@code import.file.empty}.</li>
 * </ul>
 */
public final class SpreadsheetFile {

    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };
    private static final byte[][] OTHER_BINARIES = {
            { 0x25, 0x50, 0x44, 0x46 }, // %PDF
            { (byte) 0x89, 0x50, 0x4E, 0x47 }, // PNG
            { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, // JPEG
            { 0x47, 0x49, 0x46, 0x38 }, // GIF8
            { 0x7B, 0x5C, 0x72, 0x74, 0x66 }, // {\rtf
            { 0x1F, (byte) 0x8B }, // gzip
            { 0x52, 0x61, 0x72, 0x21 }, // Rar!
            { 0x37, 0x7A, (byte) 0xBC, (byte) 0xAF }, // 7z
    };

    private SpreadsheetFile() {
    }

    public static Sheet read(byte[] content, long maxBytes, int maxRows) {
        if (content.length > maxBytes) {
            long megabyte = 1024L * 1024;
            throw new UnreadableFile("import.file.tooLarge", (content.length + megabyte - 1) / megabyte,
                    maxBytes / megabyte);
        }
        if (content.length == 0) {
            throw new UnreadableFile("import.file.empty");
        }
        if (startsWith(content, ZIP)) {
            return XlsxSheets.read(content, maxRows);
        }
        if (startsWith(content, OLE2)) {
            throw new UnreadableFile("import.file.oldExcel");
        }
        for (byte[] magic : OTHER_BINARIES) {
            if (startsWith(content, magic)) {
                throw new UnreadableFile("import.file.notSpreadsheet");
            }
        }
        return CsvSheets.read(content, maxRows);
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A cell's text as imported: surrounding spaces removed (also full-width and no-break spaces), and the
     * apostrophe that {@link TableExport} puts before formula-like text dropped again, so that an exported
     * file imports unchanged.
     */
    static String cleanCell(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip().replace('\u00A0', ' ').strip();
        if (stripped.length() > 1 && stripped.charAt(0) == '\'' && TableExport.isFormulaLike(stripped.substring(1))) {
            return stripped.substring(1);
        }
        return stripped;
    }
}
