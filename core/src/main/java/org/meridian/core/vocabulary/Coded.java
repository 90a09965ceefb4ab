package org.meridian.core.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of a controlled vocabulary with a stable code: the lower-case, hyphenated word that APIs, files and
 * databases store ({@code staff-teaching}, {@code government-scholarship}). Codes never change once published;
 * Java names may.
 */
public interface Coded {

    String code();

    /** The value of {@code type} whose code is {@code code} (case and surrounding blanks ignored). */
    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(wanted)).findFirst();
    }

    /** All codes of {@code type} in declaration order, e.g. for the message that lists what is allowed. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
