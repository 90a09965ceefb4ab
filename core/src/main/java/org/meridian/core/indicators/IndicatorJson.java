package org.meridian.core.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes indicator rows as a JSON array of objects, one per row, keyed by the CSV column names in the same
 * order; numbers as JSON numbers, an empty value as {@code null}. Strings are escaped per RFC 8259: quote,
 * backslash and control characters, plus U+2028 and U+2029 so the output is also valid JavaScript.
 */
public final class IndicatorJson {

    private IndicatorJson() {
    }

    public static void write(List<IndicatorRow> rows, Appendable out) {
        try {
            List<String> columns = RowCells.columns(rows);
            out.append('[');
            for (int r = 0; r < rows.size(); r++) {
                out.append(r == 0 ? "\n{" : ",\n{");
                List<String> values = RowCells.values(rows.get(r), columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    String value = values.get(i);
                    out.append(quote(columns.get(i))).append(':');
                    if (value == null) {
                        out.append("null");
                    } else {
                        out.append(RowCells.isText(columns.get(i)) ? quote(value) : value);
                    }
                }
                out.append('}');
            }
            out.append(rows.isEmpty() ? "]\n" : "\n]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(List<IndicatorRow> rows) {
        StringBuilder out = new StringBuilder();
        write(rows, out);
        return out.toString();
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
