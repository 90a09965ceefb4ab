package org.meridian.core.landscape;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the analyses write them into their reasons: fixed decimals, a point, whatever the reader's language. */
public final class ReasonNumbers {

    private ReasonNumbers() {
    }

    /**
     * {@code value} with {@code places} decimals ({@code 0.25}, {@code 12.0}, {@code 3}): the text of
     * {@code String.format(Locale.ROOT, "%.<places>f", value)}, written without a {@link java.util.Formatter}, which
     * builds its number symbols anew on every call; a gap map writes thousands of these numbers per request.
     */
    public static String fixed(double value, int places) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        String text = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        boolean negative = value < 0 || value == 0 && 1 / value < 0;
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }
}
