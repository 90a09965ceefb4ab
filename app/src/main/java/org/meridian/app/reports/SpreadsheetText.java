package org.meridian.app.reports;

/**
 * Text for a spreadsheet cell that no spreadsheet will run as a formula: a value that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV injection).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
