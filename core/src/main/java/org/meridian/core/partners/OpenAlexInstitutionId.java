package org.meridian.core.partners;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAlex institution identifier, {@code I} followed by digits, e.g. {@code I27837315}; also read from its
 * URL form {@code https://openalex.org/I27837315}.
 */
public record OpenAlexInstitutionId(String value) {

    private static final Pattern FORM = Pattern.compile("(?:(?:https?://)?openalex\\.org/)?([iI][1-9]\\d{0,14})");

    public OpenAlexInstitutionId {
        if (value == null || !value.matches("I[1-9]\\d{0,14}")) {
            throw new IllegalArgumentException("not an OpenAlex institution id: " + value);
        }
    }

    /** Reads {@code I27837315}, {@code i27837315} or its openalex.org URL; empty for anything else. */
    public static Optional<OpenAlexInstitutionId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new OpenAlexInstitutionId("I" + matcher.group(1).substring(1)));
    }

    @Override
    public String toString() {
        return value;
    }
}
