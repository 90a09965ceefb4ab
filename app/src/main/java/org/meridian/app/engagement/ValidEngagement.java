package org.meridian.app.engagement;

import java.time.LocalDate;

import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;

/** An engagement whose every field has been checked, ready to be stored. */
record ValidEngagement(String organisationCode, String organisationName, Long partnerId, EngagementKind kind,
        EngagementRole role, String title, LocalDate startDate, LocalDate endDate, String country, String outcome,
        String evidenceUrl, String notes) {
}
