package org.meridian.core.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads comma-separated values as RFC 4180 writes them (quoted fields may hold commas, line breaks and doubled
 * quotes), the first row naming the columns. Rows are handed over one at a time, so a large file is never
 * held whole.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** One data row; {@link #get(String)} answers "" for a column the file lacks or a short row. */
    public record Row(Map<String, Integer> columns, List<String> values, long number) {

        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.size() ? "" : values.get(index);
        }
    }

    /** Hands each data row to {@code each}; answers how many there were. */
    public static long forEach(Reader reader, Consumer<Row> each) {
        try {
            Map<String, Integer> columns = null;
            long number = 0;
            List<String> fields;
            while ((fields = nextRecord(reader)) != null) {
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < fields.size(); i++) {
                        columns.put(stripByteOrderMark(fields.get(i)).trim(), i);
                    }
                    continue;
                }
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                each.accept(new Row(columns, fields, ++number));
            }
            return number;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** All data rows of a small file. */
    public static List<Row> readAll(Reader reader) {
        List<Row> rows = new ArrayList<>();
        forEach(reader, rows::add);
        return rows;
    }

    private static List<String> nextRecord(Reader reader) throws IOException {
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IllegalArgumentException("a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    }
                    else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                }
                else {
                    field.append((char) c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\n' || c == -1) {
                break;
            }
            else if (c != '\r') {
                field.append((char) c);
            }
            c = reader.read();
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
