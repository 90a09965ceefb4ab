package org.meridian.app.engagement;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.engagement.EngagementStanding;

/**
 * An engagement of the institution with an international organisation or an institution abroad: a seat, a
 * contribution, a hosted conference, a joint initiative, a programme abroad, an open course or an adoption.
 *
 * @param organisationCode short code of the organisation, e.g. {@code UNESCO}, optional
 * @param partnerId        the organisation or institution as a partner of the registry, optional
 * @param standing         what the role counts as in a balance of voice: led, contributed or attended
 * @param endDate          last day, absent while it lasts or for a one-day event recorded by its start only
 * @param country          where it takes place (ISO 3166 alpha-2), absent for online or worldwide engagements
 * @param evidenceUrl      a public web page that proves it
 */
public record Engagement(
        long id,
        int version,
        String organisationCode,
        String organisationName,
        Long partnerId,
        @Schema(type = "string", allowableValues = { "committee-seat", "policy-contribution", "conference-hosted",
                "joint-initiative", "programme-abroad", "open-course", "adopted-abroad" }) EngagementKind kind,
        @Schema(type = "string", allowableValues = { "chair", "vice-chair", "host", "lead", "member", "contributor",
                "attendee", "observer" }) EngagementRole role,
        @Schema(type = "string", allowableValues = { "led", "contributed", "attended" }) EngagementStanding standing,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        String country,
        String outcome,
        String evidenceUrl,
        String notes,
        LocalDateTime updatedAt) {
}
