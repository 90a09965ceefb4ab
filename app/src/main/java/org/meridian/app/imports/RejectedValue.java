package org.meridian.app.imports;

import java.util.List;

/**
 * A cell or row that cannot be imported, with a reason given as a message code of the UI bundle (e.g.
 * {@code import.problem.date}) and its arguments, so that the report speaks the user's language.
 */
public class RejectedValue extends RuntimeException {

    private final String reason;
    private final List<Object> arguments;

    public RejectedValue(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
