package org.meridian.core.indicators;

import java.util.Locale;

/** A constant with the name it goes by in output and on the command line. */
interface Labelled {

    String label();

    /** The constant whose label matches, ignoring case and reading {@code -} as {@code _}. */
    static <E extends Labelled> E parse(E[] constants, String text, String what) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E constant : constants) {
            if (constant.label().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + ": " + text);
    }
}
