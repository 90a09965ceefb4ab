package org.meridian.core.agreements;

import java.util.List;

/**
 * One broken rule of the input, with the field it concerns (in the API's naming, e.g. {@code endDate} or
 * {@code quotas[1].people}) and a message written for the user.
 */
public record Violation(String field, String message, String code, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    /** A rule the application's bundles have no message code for: shown in these words. */
    public Violation(String field, String message) {
        this(field, message, null, List.of());
    }

    /**
     * @param message in English
     * @param code the key of the message in the application's bundles ({@code invalid.…})
     * @param arguments what the bundle's message puts in its {@code {0}}, {@code {1}}…
     */
    public static Violation of(String field, String message, String code, Object... arguments) {
        return new Violation(field, message, code, List.of(arguments));
    }
}
