package org.meridian.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.meridian.app.InvalidInput.FieldError;

/**
 * Collects what is wrong with one input, field by field, so that a caller learns every problem at once; then
 * {@link #throwIfInvalid()} answers 400 with all of them. Text is trimmed and blank text reads as absent (null).
 */
public final class InputCheck {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Trimmed text, null when absent or blank; a problem when longer than {@code maxLength}. */
    public String text(String field, String value, int maxLength) {
        String text = value == null || value.isBlank() ? null : value.trim();
        if (text != null && text.length() > maxLength) {
            add(field, "must have at most " + maxLength + " characters");
        }
        return text;
    }

    /** Like {@link #text} but a problem when absent. */
    public String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null) {
            add(field, "is required");
        }
        return text;
    }

    /**
     * The enum constant whose code is {@code value} (case ignored); null when absent or unknown, with a problem
     * naming the allowed codes when unknown, or when absent and {@code required}.
     */
    public <E extends Enum<E>> E code(String field, String value, E[] values, Function<E, String> code,
            boolean required) {
        String text = value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
        if (text == null) {
            if (required) {
                add(field, "is required: one of " + codes(values, code));
            }
            return null;
        }
        for (E candidate : values) {
            if (code.apply(candidate).equals(text)) {
                return candidate;
            }
        }
        add(field, "must be one of " + codes(values, code));
        return null;
    }

    /** An update must say which version of the record it is based on (optimistic locking). */
    public void requireVersion(Integer version) {
        if (version == null) {
            add("version", "is required: send the version you read, so that a change made meanwhile is not"
                    + " overwritten");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static <E> String codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
    }
}
