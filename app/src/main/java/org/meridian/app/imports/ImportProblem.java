package org.meridian.app.imports;

import java.util.List;

/**
 * One line of an import report: why a value, a row or the file cannot be imported.
 *
 * @param row the spreadsheet row number (header = 1); 0 for the file as a whole
 * @param column the column's header as in the file (or both headers of a missing column); null for a row
 * @param value the cell's text; null when the problem is not one cell's
 * @param reason a message code of the UI bundle, e.g. {@code import.problem.required}
 * @param arguments the message's arguments
 */
public record ImportProblem(int row, String column, String value, String reason, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
