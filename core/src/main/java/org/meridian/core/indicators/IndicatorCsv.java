package org.meridian.core.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes indicator rows as CSV (RFC 4180 quoting, {@code \n} line ends): a header of {@link IndicatorRow#COLUMNS},
 * followed by {@code <indicator>_lower,<indicator>_upper} pairs when rows carry stability intervals; an empty
 * field where a value is empty. A field is quoted when it holds a comma, a quote, CR or LF; quotes are doubled.
 */
public final class IndicatorCsv {

    private IndicatorCsv() {
    }

    public static void write(List<IndicatorRow> rows, Appendable out) {
        try {
            List<String> columns = RowCells.columns(rows);
            writeLine(columns, out);
            for (IndicatorRow row : rows) {
                writeLine(RowCells.values(row, columns.size()), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toCsv(List<IndicatorRow> rows) {
        StringBuilder out = new StringBuilder();
        write(rows, out);
        return out.toString();
    }

    private static void writeLine(List<String> values, Appendable out) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i);
            if (value != null) {
                out.append(escape(value));
            }
        }
        out.append('\n');
    }

    static String escape(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
