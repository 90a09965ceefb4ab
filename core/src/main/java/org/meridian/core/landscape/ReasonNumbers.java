package org.meridian.core.landscape;

import java.util.Locale;

/** Numbers as the analyses write them into their reasons: fixed decimals, a point, whatever the reader's language. */
public final class ReasonNumbers {

    private ReasonNumbers() {
    }

    /** {@code value} with {@code places} decimals ({@code 0.25}, {@code 12.0}, {@code 3}). */
    public static String fixed(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
