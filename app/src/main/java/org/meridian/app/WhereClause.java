package org.meridian.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code where} clause of a list query built from optional criteria, with positional parameters: a
 * criterion whose first value is null is left out. Conditions are SQL of the caller's own, never caller input.
 */
public final class WhereClause {

    private final StringBuilder sql = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code and condition} with its values, unless the first value is null. */
    public WhereClause and(String condition, Object... values) {
        if (values.length == 0 || values[0] != null) {
            sql.append(" and ").append(condition);
            params.addAll(List.of(values));
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /**
     * A pattern for {@code lower(column) like ? escape '\'} that matches text containing {@code text}, case
     * ignored; {@code %} and {@code _} in the text match only themselves.
     */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
