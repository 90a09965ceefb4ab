package org.meridian.app;

import java.util.Arrays;
import java.util.List;

/**
 * Input that fails validation, with one message per offending field. Answered as 400.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    /** One problem with a message code of the bundle ({@code invalid.…}) and its arguments; see {@link FieldError}. */
    public static InvalidInput of(String field, String code, String message, Object... arguments) {
        return new InvalidInput(List.of(new FieldError(field, message, code, Arrays.asList(arguments))));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * What is wrong with one field.
     *
     * @param message in English, for the API and the log
     * @param code the key of the message in the UI's bundles, e.g. {@code invalid.too-long}, stable for API
     *        clients; null for messages that have none yet (pages then show a translation of the English words
     *        where the bundle has one, else the words themselves)
     * @param arguments the values the message of {@code code} puts in its {@code {0}}, {@code {1}}…
     */
    public record FieldError(String field, String message, String code, List<Object> arguments) {

        public FieldError {
            arguments = arguments == null ? List.of() : List.copyOf(arguments.stream().map(argument -> argument == null ? (Object) "" : argument).toList());
        }

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }
    }
}
