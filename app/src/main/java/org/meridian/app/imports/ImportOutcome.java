package org.meridian.app.imports;

import java.util.List;

/**
 * The result of an import. {@code IMPORTED}: every row was written. Otherwise nothing was written and
 * {@code problems} says why: {@code REJECTED} rows with problems, {@code UNREADABLE} a file that is no usable
 * spreadsheet, {@code FAILED} an error while writing (rolled back).
 *
 * @param rows data rows in the file
 * @param problemCount all problems found; {@code problems} holds at most {@link Importing#MAX_REPORTED}
 * @param ignoredColumns headers of the file that match no column of the import type
 */
public record ImportOutcome(Status status, int rows, int created, int updated, List<ImportProblem> problems,
        int problemCount, List<String> ignoredColumns) {

    public ImportOutcome {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public enum Status {
        IMPORTED, REJECTED, UNREADABLE, FAILED
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }

    static ImportOutcome fileProblem(Status status, String reason, List<Object> arguments) {
        return new ImportOutcome(status, 0, 0, 0, List.of(new ImportProblem(0, null, null, reason, arguments)), 1,
                List.of());
    }
}
