package org.meridian.core.gaps;

import java.text.MessageFormat;
import java.util.List;

/**
 * One class given to a field, with the numbers and thresholds that decided it: {@code reason} in English, and the
 * same as a message {@code code} ({@code gaps.reason.*}, in the application's bundles) with its formatted
 * {@code arguments}, for other languages.
 */
public record Classification(GapClass gapClass, String reason, String code, List<String> arguments) {

    public Classification {
        arguments = List.copyOf(arguments);
    }

    /** A classification whose reason is {@code reason}'s English text filled with the arguments. */
    static Classification of(GapClass gapClass, GapReason reason, List<String> arguments) {
        return new Classification(gapClass, MessageFormat.format(reason.english, arguments.toArray()), reason.code,
                arguments);
    }
}
