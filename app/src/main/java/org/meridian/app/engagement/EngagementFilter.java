package org.meridian.app.engagement;

import java.time.LocalDate;

import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.engagement.EngagementStanding;

/**
 * Which engagements to list; a null criterion matches every record.
 *
 * @param standing     led, contributed or attended: the roles that count as such
 * @param organisation an organisation's code (exact, case ignored) or part of its name
 * @param from         engagements still running on or after this day (open-ended ones always are)
 * @param to           engagements begun on or before this day
 * @param text         part of the title, the organisation's name or the outcome (case ignored)
 */
public record EngagementFilter(EngagementKind kind, EngagementRole role, EngagementStanding standing, String country,
        Long partnerId, String organisation, LocalDate from, LocalDate to, String text) {

    public static EngagementFilter none() {
        return new EngagementFilter(null, null, null, null, null, null, null, null, null);
    }
}
