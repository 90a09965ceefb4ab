package org.meridian.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.meridian.app.InvalidInput;

/**
 * One data row whose cells parsed, as an {@link ImportType} sees it: values by column key, and a way to
 * refuse the row for a reason the cells alone do not show.
 */
public final class ImportRow {

    private final int number;
    private final Map<String, Object> values;
    private final Map<String, String> texts;
    private final Map<String, String> headers;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportRow(int number, Map<String, Object> values, Map<String, String> texts, Map<String, String> headers) {
        this.number = number;
        this.values = values;
        this.texts = texts;
        this.headers = headers;
    }

    /** The spreadsheet row number (header = 1). */
    public int number() {
        return number;
    }

    /** The parsed value of a column, or null when the cell is blank or the column absent. */
    @SuppressWarnings("unchecked")
    public <V> V value(String key) {
        return (V) values.get(key);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** Refuses the row because of one column's value; the reason is a message code with arguments. */
    public void reject(String key, String reason, Object... arguments) {
        problems.add(new ImportProblem(number, headers.getOrDefault(key, key), texts.get(key), reason,
                List.of(arguments)));
    }

    /**
     * Refuses the row because of a problem a service found with one column's value: in the words of the
     * problem's message code where it has one, else in its English words.
     */
    public void reject(String key, InvalidInput.FieldError problem) {
        if (problem.code() != null) {
            reject(key, problem.code(), problem.arguments().toArray());
        }
        else {
            reject(key, "import.problem.rule", problem.message());
        }
    }

    /** Refuses the row as a whole. */
    public void reject(String reason, Object... arguments) {
        problems.add(new ImportProblem(number, null, null, reason, List.of(arguments)));
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
