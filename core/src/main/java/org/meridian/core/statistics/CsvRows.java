package org.meridian.core.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the rows of a comma-separated file (RFC 4180: fields in double quotes may hold commas, line breaks and
 * doubled quotes; a UTF-8 byte order mark is skipped). The first row is the header. Not thread-safe.
 */
final class CsvRows implements AutoCloseable {

    private final BufferedReader reader;
    private final Map<String, Integer> columns = new HashMap<>();
    private long physicalLines;
    private long rowStart;

    CsvRows(Reader source) {
        this.reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source, 1 << 16);
        String[] header = next();
        if (header == null) {
            throw new IllegalArgumentException("empty file: no header row");
        }
        if (header.length > 0 && header[0].startsWith("\uFEFF")) {
            header[0] = header[0].substring(1);
        }
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].trim(), i);
        }
    }

    /** Index of a header column; an error naming the missing column if the file lacks it. */
    int column(String name) {
        Integer index = columns.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no column " + name + " in header " + columns.keySet());
        }
        return index;
    }

    /** Line number (1-based) where the last returned row started. */
    long line() {
        return rowStart;
    }

    /** The next row's fields, or null at the end of the file. */
    String[] next() {
        try {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            physicalLines++;
            rowStart = physicalLines;
            if (text.indexOf('"') < 0) {
                return plainFields(text);
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = reader.readLine();
                    if (more == null) {
                        throw new IllegalArgumentException("unclosed quote in row starting at line " + rowStart);
                    }
                    physicalLines++;
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a line without quotes, the common case, without copying character by character. */
    private static String[] plainFields(String text) {
        int count = 1;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count - 1; f++) {
            int comma = text.indexOf(',', start);
            fields[f] = text.substring(start, comma);
            start = comma + 1;
        }
        fields[count - 1] = text.substring(start);
        return fields;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
