package org.meridian.app;

import java.util.Arrays;
import java.util.List;

/**
 * A request that is well formed but breaks a rule of the domain (an illegal status transition, a duplicate
 * natural key, a record still in use). Answered as 409 with the message, which is written for the user; pages
 * show the bundle's {@code rule.<code>} with the arguments instead.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    /**
     * @param message in English, for the API and the log
     * @param arguments the values the UI's message {@code rule.<code>} puts in its {@code {0}}, {@code {1}}…
     */
    public RuleViolation(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = List.copyOf(Arrays.stream(arguments).map(argument -> argument == null ? (Object) "" : argument).toList());
    }

    /** A stable machine-readable code, e.g. {@code agreement.illegal-transition}. */
    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
