package org.meridian.core.partners;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name used to tell whether two records name the same partner: Unicode compatibility form,
 * accents removed, lower case, apostrophes dropped, every other run of characters other than letters and
 * digits turned into one space, {@code &} read as {@code and}. "Université  Paris-Saclay" and
 * "universite paris saclay" share a key, and so do "King's College" and "Kings College".
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['\u2019\u02bc]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
