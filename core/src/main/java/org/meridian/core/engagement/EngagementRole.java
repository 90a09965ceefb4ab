package org.meridian.core.engagement;

import org.meridian.core.vocabulary.Coded;

/**
 * The institution's role in an engagement, and the {@link EngagementStanding} it gives:
 * chair, vice-chair, host and lead count as led or hosted; member and contributor as contributed; attendee
 * and observer as attended.
 */
public enum EngagementRole implements Coded {
    CHAIR("chair", EngagementStanding.LED),
    VICE_CHAIR("vice-chair", EngagementStanding.LED),
    HOST("host", EngagementStanding.LED),
    LEAD("lead", EngagementStanding.LED),
    MEMBER("member", EngagementStanding.CONTRIBUTED),
    CONTRIBUTOR("contributor", EngagementStanding.CONTRIBUTED),
    ATTENDEE("attendee", EngagementStanding.ATTENDED),
    OBSERVER("observer", EngagementStanding.ATTENDED);

    private final String code;
    private final EngagementStanding standing;

    EngagementRole(String code, EngagementStanding standing) {
        this.code = code;
        this.standing = standing;
    }

    @Override
    public String code() {
        return code;
    }

    public EngagementStanding standing() {
        return standing;
    }

    /** Whether the role counts as led or hosted in a balance of voice. */
    public boolean ledOrHosted() {
        return standing == EngagementStanding.LED;
    }
}
