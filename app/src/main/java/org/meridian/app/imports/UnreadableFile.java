package org.meridian.app.imports;

import java.util.List;

/**
 * A file that cannot be read as a spreadsheet at all: too large, not a spreadsheet, malformed, empty. The
 * reason is a message code ({@code import.file.*}) with arguments.
 */
public class UnreadableFile extends RuntimeException {

    private final String reason;
    private final List<Object> arguments;

    public UnreadableFile(String reason, Object... arguments) {
        super(reason + " " + List.of(arguments));
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
