package org.meridian.core.partners;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identifier of the Research Organization Registry: {@code 0}, six characters of Crockford base 32 and a
 * two-digit checksum (ISO/IEC 7064 MOD 97-10 over the value of the first seven characters), written in
 * canonical form as {@code https://ror.org/00jmfr291}.
 *
 * @param suffix the nine characters after {@code https://ror.org/}, lower case
 */
public record RorId(String suffix) {

    private static final String PREFIX = "https://ror.org/";
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Pattern FORM = Pattern.compile("(?:(?:https?://)?(?:www\\.)?ror\\.org/)?(0[0-9a-z]{6}\\d{2})");

    public RorId {
        if (!isValidSuffix(suffix)) {
            throw new IllegalArgumentException("not a ROR id: " + suffix);
        }
    }

    /**
     * Reads {@code 00jmfr291}, {@code ror.org/00jmfr291} or {@code https://ror.org/00jmfr291} (any case); empty
     * when the text is not a ROR id or its checksum does not match.
     */
    public static Optional<RorId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || !isValidSuffix(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new RorId(matcher.group(1)));
    }

    /** The canonical form, {@code https://ror.org/00jmfr291}. */
    public String url() {
        return PREFIX + suffix;
    }

    @Override
    public String toString() {
        return url();
    }

    private static boolean isValidSuffix(String suffix) {
        if (suffix == null || suffix.length() != 9 || suffix.charAt(0) != '0') {
            return false;
        }
        long value = 0;
        for (int i = 0; i < 7; i++) {
            int digit = CROCKFORD.indexOf(suffix.charAt(i));
            if (digit < 0) {
                return false;
            }
            value = value * 32 + digit;
        }
        String checksum = suffix.substring(7);
        if (!checksum.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long expected = 98 - (value * 100 % 97);
        return Integer.parseInt(checksum) == expected;
    }
}
