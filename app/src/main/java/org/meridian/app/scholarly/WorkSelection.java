package org.meridian.app.scholarly;

import java.util.Set;

/**
 * Which stored works to load: publication years {@code fromYear..toYear} inclusive, of the given OpenAlex
 * types (empty: every type), with or without their references. Works without a year are selected only
 * by {@link #all()}.
 */
public record WorkSelection(int fromYear, int toYear, Set<String> types, boolean withReferences) {

    public WorkSelection {
        types = Set.copyOf(types);
    }

    public static WorkSelection all() {
        return new WorkSelection(Integer.MIN_VALUE, Integer.MAX_VALUE, Set.of(), true);
    }

    public static WorkSelection years(int fromYear, int toYear, Set<String> types) {
        return new WorkSelection(fromYear, toYear, types, false);
    }

    boolean everyYear() {
        return fromYear == Integer.MIN_VALUE && toYear == Integer.MAX_VALUE;
    }
}
