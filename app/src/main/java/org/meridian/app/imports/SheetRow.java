package org.meridian.app.imports;

import java.util.List;

/**
 * One row of a spreadsheet as text.
 *
 * @param number the row's number as the user sees it in a spreadsheet program: the header is row 1
 * @param cells the cells' text, trimmed; blank cells are empty strings
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
