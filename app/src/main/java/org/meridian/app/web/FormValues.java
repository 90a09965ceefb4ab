package org.meridian.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InputCheck;
import org.meridian.core.vocabulary.Coded;

/**
 * What a record's form shows and sends, as text by field name, for {@code ${form}}. Name the fields as the
 * service names them in its {@code InvalidInput} messages ({@code startDate}, {@code person.familyName}), so
 * each message lands beside its field; a rejected form is shown again with exactly what was typed.
 */
public final class FormValues {

    private final Map<String, String> values;

    private FormValues(Map<String, String> values) {
        this.values = values;
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    /** The submitted values of the given fields (blank ones left out, others stripped). */
    public static FormValues submitted(Map<String, String> parameters, List<String> fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String field : fields) {
            String value = parameters.get(field);
            if (value != null && !value.isBlank()) {
                kept.put(field, value.strip());
            }
        }
        return new FormValues(kept);
    }

    /** Values of a stored record: codes of {@link Coded} values, text of the others; nulls left out. */
    public static FormValues of(Map<String, Object> record) {
        Map<String, String> values = new LinkedHashMap<>();
        record.forEach((field, value) -> {
            if (value instanceof Coded coded) {
                values.put(field, coded.code());
            }
            else if (value != null) {
                values.put(field, value.toString());
            }
        });
        return new FormValues(values);
    }

    /** The same input, to be saved over the record's version {@code version} (after a conflict was shown). */
    public FormValues withVersion(int version) {
        return with("version", String.valueOf(version));
    }

    /** The same input with one field set to another value. */
    public FormValues with(String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new FormValues(changed);
    }

    /** The text of a field, or null. */
    public String value(String field) {
        return values.get(field);
    }

    /** Whether the field holds this value (for selected options and checked boxes). */
    public boolean is(String field, String value) {
        return value != null && value.equals(values.get(field));
    }

    /** A whole number, or null when blank; text that is none is rejected on {@code check} by field. */
    public Long number(InputCheck check, String field) {
        String text = value(field);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException notANumber) {
            check.reject(field, "must be a whole number");
            return null;
        }
    }
}
