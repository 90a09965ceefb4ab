package org.meridian.core.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search and de-duplication key of a name: lower case, without diacritics, apostrophes dropped, every
 * other run of punctuation or space turned into one space, a leading English article removed. "The
 * University of Hong Kong", "University of Hong-Kong" and "UNIVERSITY OF HONG KONG" share the key
 * {@code university of hong kong}; "Xi'an" and "Xi’an" become {@code xian}; "Zürich" becomes {@code zurich}.
 * Chinese, Japanese and Korean characters are kept as they are (compatibility forms folded), so a Chinese name
 * is its own key.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a name; the empty string for a null or blank name. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int category = Character.getType(c);
            if (category == Character.NON_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            String folded = fold(c);
            if (folded != null) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(folded);
            }
            else if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(Character.toLowerCase(c));
            }
            else {
                pendingSpace = true;
            }
        }
        String composed = isAscii(name) ? key.toString()
                : Normalizer.normalize(key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.startsWith("the ") ? composed.substring(4) : composed;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String fold(char c) {
        return switch (c) {
            case '&' -> "and";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            default -> null;
        };
    }
}
