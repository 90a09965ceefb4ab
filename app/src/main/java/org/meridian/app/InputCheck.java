package org.meridian.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.meridian.app.InvalidInput.FieldError;
import org.meridian.core.vocabulary.Coded;

/**
 * Reads the fields of raw input (request bodies and parameters) one by one and collects a message for each
 * that is wrong, so that the caller learns about every wrong field at once: {@link #throwIfInvalid()} then
 * throws one {@link InvalidInput}. A field that failed reads as null.
 */
public final class InputCheck {

    private final List<FieldError> errors = new ArrayList<>();

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /**
     * A problem the UI shows in its language: {@code code} is the key of the message in the bundles
     * ({@code invalid.…}), {@code arguments} fill its {@code {0}}, {@code {1}}…; {@code message} is the English
     * for the API.
     */
    public void reject(String field, String code, String message, Object... arguments) {
        errors.add(new FieldError(field, message, code, Arrays.asList(arguments)));
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public void require(String field, Object value, String example) {
        if (value == null || value instanceof String text && text.isBlank()) {
            if (example == null) {
                reject(field, "invalid.is-required", "is required");
            }
            else {
                reject(field, "invalid.required-example", "is required, e.g. " + example, example);
            }
        }
    }

    /** Rejects {@code field} when {@code later} lies before {@code earlier}; either may be null (then no check). */
    public void notBefore(String field, LocalDate later, LocalDate earlier, String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            reject(field, "invalid.not-before", "must be on or after " + earlierName, earlierName);
        }
    }

    /** Trimmed text, null when absent or blank; a problem when longer than {@code maxLength}. */
    public String text(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    /** Like {@link #text(String, String, int)} but a problem when absent. */
    public String requiredText(String field, String value, int maxLength) {
        return text(field, value, maxLength, true);
    }

    /** An update must say which version of the record it is based on (optimistic locking). */
    public void requireVersion(Integer version) {
        if (version == null) {
            reject("version", "invalid.version-required", "is required: send the version you read, so that a change"
                    + " made meanwhile is not overwritten");
        }
    }

    /**
     * The enum constant whose code is {@code value} (case ignored); null when absent or unknown, with a problem
     * naming the allowed codes when unknown, or when absent and {@code required}.
     */
    public <E extends Enum<E>> E code(String field, String value, E[] values, Function<E, String> code,
            boolean required) {
        String text = value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
        String allowed = Arrays.stream(values).map(code).collect(Collectors.joining(", "));
        if (text == null) {
            if (required) {
                reject(field, "invalid.required-one-of", "is required: one of " + allowed, allowed);
            }
            return null;
        }
        for (E candidate : values) {
            if (code.apply(candidate).equals(text)) {
                return candidate;
            }
        }
        reject(field, "invalid.one-of", "must be one of " + allowed, allowed);
        return null;
    }

    /** Trimmed text, null when blank; too long → error. */
    public String text(String field, String value, int maxLength, boolean required) {
        String trimmed = value == null || value.isBlank() ? null : value.strip();
        if (trimmed == null && required) {
            reject(field, "invalid.is-required", "is required");
        }
        if (trimmed != null && trimmed.length() > maxLength) {
            reject(field, "invalid.too-long", "must have at most " + maxLength + " characters", maxLength);
            return null;
        }
        return trimmed;
    }

    /** A value of a controlled vocabulary given by its code. */
    public <E extends Enum<E> & Coded> E code(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                String allowed = String.join(", ", Coded.codes(type));
                reject(field, "invalid.required-one-of", "is required: one of " + allowed, allowed);
            }
            return null;
        }
        Optional<E> found = Coded.byCode(type, value);
        if (found.isEmpty()) {
            String allowed = String.join(", ", Coded.codes(type));
            reject(field, "invalid.not-one-of", "'" + value.strip() + "' is not one of " + allowed, value.strip(),
                    allowed);
        }
        return found.orElse(null);
    }

    /** An ISO 8601 calendar date, {@code 2025-09-01}. */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "invalid.required-date", "is required, a date like 2025-09-01");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException notADate) {
            reject(field, "invalid.not-a-date", "'" + value.strip() + "' is not a date like 2025-09-01", value.strip());
            return null;
        }
    }

    /** An upper-case ISO 3166 alpha-2 code if {@code value} has its shape; whether it exists is the caller's check. */
    public String countryCode(String field, String value, boolean required) {
        String code = text(field, value, 2, required);
        if (code != null && !code.matches("[A-Za-z]{2}")) {
            reject(field, "invalid.country-code", "must be an ISO 3166 alpha-2 code, e.g. DE");
            return null;
        }
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** An absolute http or https URL. */
    public String webAddress(String field, String value, int maxLength) {
        String address = text(field, value, maxLength, false);
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return address;
            }
        }
        catch (URISyntaxException malformed) {
            // answered below, like any other address that is not a web address
        }
        reject(field, "invalid.web-address", "must be a web address starting with http:// or https://");
        return null;
    }

    /** An e-mail address of the usual shape {@code local@domain.tld}. */
    public String emailAddress(String field, String value, int maxLength) {
        String address = text(field, value, maxLength, false);
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            reject(field, "invalid.email-address", "must be an e-mail address like name@example.org");
            return null;
        }
        return address;
    }
}
