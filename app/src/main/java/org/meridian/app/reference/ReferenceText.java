package org.meridian.app.reference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.meridian.app.InvalidInput.FieldError;

/** Checks of the text fields that administrators type into reference data. */
final class ReferenceText {

    private ReferenceText() {
    }

    static void require(List<FieldError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
        else {
            limit(errors, field, value, maxLength);
        }
    }

    static void limit(List<FieldError> errors, String field, String value, int maxLength) {
        if (value != null && value.trim().length() > maxLength) {
            errors.add(new FieldError(field, "at most " + maxLength + " characters"));
        }
    }

    /** An absolute http or https address, if given. */
    static void webAddress(List<FieldError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return;
        }
        limit(errors, field, value, maxLength);
        try {
            URI uri = new URI(value.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                errors.add(new FieldError(field, "an http or https address, e.g. https://www.unesco.org"));
            }
        }
        catch (URISyntaxException notAnAddress) {
            errors.add(new FieldError(field, "an http or https address, e.g. https://www.unesco.org"));
        }
    }
}
