package org.meridian.app.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and tab-separated text as a {@link Sheet}.
 * <p>
 * Encoding: a byte-order mark decides (UTF-8, UTF-16LE as Excel's "Unicode text", UTF-16BE); without one
 * the bytes are decoded strictly as UTF-8, and if that fails as GB18030 (the superset of GBK and GB2312 that
 * Excel on Chinese Windows writes); if that fails too the file is refused. The separator is whichever of
 * comma, semicolon and tab the header line holds most of (outside quotes); comma on a tie.
 */
final class CsvSheets {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheets() {
    }

    static Sheet read(byte[] content, int maxRows) {
        Decoded decoded = decode(content);
        String text = decoded.text();
        if (looksBinary(text)) {
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")) {
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cell -> cells.add(SpreadsheetFile.cleanCell(cell)));
                    if (headers == null) {
                        headers = cells;
                        continue;
                    }
                    SheetRow row = new SheetRow((int) record.getRecordNumber(), cells);
                    if (!row.blank()) {
                        if (rows.size() == maxRows) {
                            throw new UnreadableFile("import.file.tooManyRows", maxRows);
                        }
                        rows.add(row);
                    }
                }
            }
            catch (UncheckedIOException | IllegalStateException malformed) {
                throw new UnreadableFile("import.file.malformed", parser.getCurrentLineNumber());
            }
        }
        catch (IOException unreadable) {
            throw new UnreadableFile("import.file.malformed", 1);
        }
        if (headers == null || headers.stream().allMatch(String::isEmpty)) {
            throw new UnreadableFile("import.file.empty");
        }
        return new Sheet("csv", decoded.charset(), headers, rows);
    }

    record Decoded(String text, String charset) {
    }

    static Decoded decode(byte[] content) {
        if (SpreadsheetFile.startsWith(content, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
            return new Decoded(strict(content, 3, StandardCharsets.UTF_8, true), "UTF-8");
        }
        if (SpreadsheetFile.startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16LE, true), "UTF-16LE");
        }
        if (SpreadsheetFile.startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16BE, true), "UTF-16BE");
        }
        String utf8 = strict(content, 0, StandardCharsets.UTF_8, false);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String chinese = strict(content, 0, GB18030, false);
        if (chinese != null) {
            return new Decoded(chinese, "GB18030");
        }
        throw new UnreadableFile("import.file.encoding");
    }

    private static String strict(byte[] content, int offset, Charset charset, boolean mustSucceed) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        }
        catch (CharacterCodingException invalid) {
            if (mustSucceed) {
                throw new UnreadableFile("import.file.encoding");
            }
            return null;
        }
    }

    /** NUL characters, or more than one control character in a hundred, do not occur in CSV text. */
    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 100 > sample;
    }

    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
