package org.meridian.core.mobility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two mobility records of one institution the same mobility, so that a re-import finds the record
 * it made before instead of adding a second one:
 * <pre>
 *   direction | person | start date | host or home country
 * </pre>
 * where the person is their identifier (student or staff number) when there is one, else family name, given
 * name and date of birth. Names and identifiers are compared after Unicode NFKC normalisation, lower-casing and
 * collapsing blanks, so {@code "ZHANG  Wei"} and {@code "zhang wei"} are one person. The country (always
 * present) stands for the partner: a partner id may be resolved only at a later import, and the key must match
 * before and after.
 * <p>
 * The key is stored as the SHA-256 {@link #digest()} of its {@link #canonical()} text, so the record table holds
 * no names; the digest is still pseudonymous personal data and is deleted with the record.
 */
public record MobilityNaturalKey(Direction direction, String personIdentifier, String familyName, String givenName,
        LocalDate birthDate, LocalDate startDate, String countryCode) {

    private static final String VERSION = "v1";

    /** The normalised text the digest is taken of, e.g. {@code v1|inbound|id:2023001|2024-09-01|DE}. */
    public String canonical() {
        String person = personIdentifier != null && !personIdentifier.isBlank()
                ? "id:" + normalised(personIdentifier).replace(" ", "")
                : "name:" + normalised(familyName) + "," + normalised(givenName) + ","
                        + (birthDate == null ? "" : birthDate);
        return String.join("|", VERSION, direction.code(), person, startDate.toString(),
                countryCode.trim().toUpperCase(Locale.ROOT));
    }

    /** 64 lower-case hexadecimal digits: SHA-256 of the UTF-8 bytes of {@link #canonical()}. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
