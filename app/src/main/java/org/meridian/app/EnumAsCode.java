package org.meridian.app;

import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a domain enum of core as its stable code ({@code student-exchange}, not {@code STUDENT_EXCHANGE}),
 * so that JSON shows the same codes as the database and the API's query parameters. Capabilities register
 * one per enum in a Jackson module bean.
 */
public class EnumAsCode<E extends Enum<E>> extends ValueSerializer<E> {

    private final Function<E, String> code;

    public EnumAsCode(Function<E, String> code) {
        this.code = code;
    }

    @Override
    public void serialize(E value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(code.apply(value));
    }
}
