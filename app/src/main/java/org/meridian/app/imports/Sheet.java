package org.meridian.app.imports;

import java.util.List;

/**
 * The first sheet of a file as text: the header row and the data rows (blank rows left out).
 *
 * @param format {@code csv} or {@code xlsx}
 * @param encoding the character set a CSV file was read in (UTF-8, GB18030, UTF-16); null for XLSX
 */
public record Sheet(String format, String encoding, List<String> headers, List<SheetRow> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
