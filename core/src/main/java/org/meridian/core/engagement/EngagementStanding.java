package org.meridian.core.engagement;

import org.meridian.core.vocabulary.Coded;

/**
 * How much voice a role gives the institution in an engagement. A balance of voice compares what the
 * institution {@link #LED} (chaired, hosted, led) with what it only {@link #ATTENDED}; {@link #CONTRIBUTED}
 * (member, contributor) lies between and is counted on its own.
 */
public enum EngagementStanding implements Coded {
    /** The institution led or hosted: chair, vice-chair, host, lead. */
    LED("led"),
    /** The institution took part with a say: member, contributor. */
    CONTRIBUTED("contributed"),
    /** The institution was present without a say: attendee, observer. */
    ATTENDED("attended");

    private final String code;

    EngagementStanding(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
