package org.meridian.core.statistics;

import java.util.Optional;

/** The UNESCO UIS indicators Meridian imports, by their UIS ids. */
public enum UisIndicator {
    /** {@code 26637}: total inbound internationally mobile students, both sexes (number). */
    INBOUND("26637"),
    /** {@code MENF.5T8}: net flow of internationally mobile students (inbound - outbound), both sexes (number). */
    NET_FLOW("MENF.5T8");

    private final String id;

    UisIndicator(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<UisIndicator> byId(String id) {
        for (UisIndicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }
}
