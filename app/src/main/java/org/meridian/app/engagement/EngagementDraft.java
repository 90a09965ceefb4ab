package org.meridian.app.engagement;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An engagement as a caller writes it, to create a record or to replace one (then with the {@code version} read).
 * Codes and dates are text here so that every wrong field gets its own message.
 *
 * @param kind    committee-seat, policy-contribution, conference-hosted, joint-initiative, programme-abroad,
 *                open-course or adopted-abroad
 * @param role    chair, vice-chair, host, lead (led); member, contributor (contributed); attendee, observer (attended)
 * @param version the version read, required to replace a record
 */
public record EngagementDraft(
        @Schema(example = "UNESCO") String organisationCode,
        @Schema(example = "United Nations Educational, Scientific and Cultural Organization") String organisationName,
        Long partnerId,
        @Schema(example = "committee-seat") String kind,
        @Schema(example = "member") String role,
        @Schema(example = "Member of the advisory committee on open science") String title,
        @Schema(example = "2024-01-01") String startDate,
        @Schema(example = "2027-12-31") String endDate,
        @Schema(example = "FR") String country,
        String outcome,
        @Schema(example = "https://www.unesco.org/en/open-science") String evidenceUrl,
        String notes,
        Integer version) {
}
