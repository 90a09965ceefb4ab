package org.meridian.app.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the text of one cell into a value, or throws {@link RejectedValue} saying why it cannot. Never called
 * with blank text (a blank cell is simply absent, or "required" when its column is).
 */
@FunctionalInterface
public interface ValueParser<V> {

    V parse(String text);

    /** The message code of a hint for the template, e.g. {@code import.hint.date}. */
    default String hint() {
        return "import.hint.text";
    }

    /** The text as it is (already trimmed). */
    ValueParser<String> TEXT = text -> text;

    /** A date in any of the forms {@link OfficeDates} accepts. */
    ValueParser<java.time.LocalDate> DATE = new ValueParser<>() {
        @Override
        public java.time.LocalDate parse(String text) {
            return OfficeDates.parse(text);
        }

        @Override
        public String hint() {
            return "import.hint.date";
        }
    };

    /** A whole number; grouping commas, full-width digits and a zero fraction ({@code 12.0}) are accepted. */
    ValueParser<Long> INTEGER = new ValueParser<>() {
        @Override
        public Long parse(String text) {
            BigDecimal number = decimal(text);
            try {
                return number.stripTrailingZeros().longValueExact();
            }
            catch (ArithmeticException notWhole) {
                throw new RejectedValue("import.problem.integer", text);
            }
        }

        @Override
        public String hint() {
            return "import.hint.integer";
        }
    };

    /** A decimal number; grouping commas and full-width digits are accepted. */
    ValueParser<BigDecimal> DECIMAL = new ValueParser<>() {
        @Override
        public BigDecimal parse(String text) {
            return decimal(text);
        }

        @Override
        public String hint() {
            return "import.hint.decimal";
        }
    };

    /**
     * One of a fixed set of values, matched case-insensitively on the given spellings (list both the English
     * and the Chinese one, e.g. {@code "inbound" -> IN, "来华" -> IN}).
     */
    static <E> ValueParser<E> oneOf(Map<String, E> spellings) {
        return text -> {
            String wanted = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, E> spelling : spellings.entrySet()) {
                if (spelling.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return spelling.getValue();
                }
            }
            throw new RejectedValue("import.problem.oneOf", text,
                    String.join(", ", spellings.keySet().stream().sorted().toList()));
        };
    }

    private static BigDecimal decimal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace(" ", "");
        try {
            return new BigDecimal(plain);
        }
        catch (NumberFormatException notANumber) {
            throw new RejectedValue("import.problem.number", text);
        }
    }
}
