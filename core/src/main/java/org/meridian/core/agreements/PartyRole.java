package org.meridian.core.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/** The part a party plays in an agreement. At most one party coordinates. */
public enum PartyRole implements Coded {
    /** Leads the cooperation and reports for all parties. */
    COORDINATOR,
    /** A full party with obligations under the agreement. */
    PARTNER,
    /** Takes part without the full obligations (e.g. a supporting institution). */
    ASSOCIATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartyRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
