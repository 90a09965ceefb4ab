package org.meridian.core.statistics;

/** Checks a numeric CSV field before it is parsed, so that a bad field is reported instead of thrown. */
final class NumericField {

    private NumericField() {
    }

    /** An optional minus sign and 1 to 18 digits. */
    static boolean isInteger(String text) {
        if (text == null) {
            return false;
        }
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A plain decimal number: optional minus sign, digits with at most one decimal point, optional exponent. */
    static boolean isNumber(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String mantissa = text;
        int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (exponent >= 0) {
            String power = text.substring(exponent + 1);
            if (!isInteger(power.startsWith("+") ? power.substring(1) : power)) {
                return false;
            }
            mantissa = text.substring(0, exponent);
        }
        int start = mantissa.startsWith("-") ? 1 : 0;
        int point = mantissa.indexOf('.');
        String whole = point < 0 ? mantissa.substring(start) : mantissa.substring(start, point);
        String fraction = point < 0 ? "" : mantissa.substring(point + 1);
        return (!whole.isEmpty() || !fraction.isEmpty()) && digitsOnly(whole) && digitsOnly(fraction);
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
