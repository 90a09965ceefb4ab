package org.meridian.core.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Meridian's id of a registry institution: its country code, a hyphen and the first ten hex digits of the
 * SHA-256 of {@code country + "|" + nameKey}, for example {@code CN-4c1d6fb0e2}. Every installation derives the
 * same id from the same shipped data, so ids can be exchanged between installations; {@code XX} stands for an
 * unknown country. The id is fixed at creation: renaming an institution keeps it.
 */
public final class MeridianInstitutionId {

    private static final int HEX_DIGITS = 10;

    private MeridianInstitutionId() {
    }

    public static String of(String countryCode, String nameKey) {
        String country = countryCode == null ? "XX" : countryCode;
        return country + "-" + digest(country + "|" + nameKey).substring(0, HEX_DIGITS);
    }

    /** Another id for the same name, for the rare case that the first is taken (attempt 1, 2, ...). */
    public static String alternative(String countryCode, String nameKey, int attempt) {
        return of(countryCode, nameKey + "#" + attempt);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
