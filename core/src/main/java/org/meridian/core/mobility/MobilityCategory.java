package org.meridian.core.mobility;

import org.meridian.core.vocabulary.Coded;

/**
 * Who moves and why. Students carry an {@link IscedLevel}; the other categories do not.
 */
public enum MobilityCategory implements Coded {
    /** A student studying or training abroad (credit or degree mobility), at an ISCED 2011 level 5 to 8. */
    STUDENT("student"),
    /** Staff teaching at the host institution. */
    STAFF_TEACHING("staff-teaching"),
    /** Staff being trained at the host (job shadowing, training weeks, administrative exchange). */
    STAFF_TRAINING("staff-training"),
    /** A visiting scholar or researcher, including postdoctoral and senior visiting researchers. */
    VISITING_SCHOLAR("visiting-scholar");

    private final String code;

    MobilityCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean hasIscedLevel() {
        return this == STUDENT;
    }
}
