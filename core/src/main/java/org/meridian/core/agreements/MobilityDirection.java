package org.meridian.core.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Seen from the home institution: people coming in from partners, or going out to them. */
public enum MobilityDirection {
    INBOUND, OUTBOUND;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MobilityDirection> fromCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code().equals(code)).findFirst();
    }
}
