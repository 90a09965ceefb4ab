package org.meridian.app.mobility;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A mobility as a caller writes it, to create a record or to replace one (then with the {@code version} read).
 * Codes and dates are text here so that every wrong field gets its own message.
 *
 * @param direction    {@code inbound} or {@code outbound}
 * @param category     {@code student}, {@code staff-teaching}, {@code staff-training} or {@code visiting-scholar}
 * @param iscedLevel   students only: ISCED 2011 level 5 (short-cycle), 6 (bachelor), 7 (master), 8 (doctoral)
 * @param academicYear {@code 2024/2025}; when absent, the academic year in which the mobility starts
 * @param cancelled    true to cancel; the other statuses follow from the dates
 * @param version      the version read, required to replace a record
 */
public record MobilityDraft(
        @Schema(example = "outbound") String direction,
        @Schema(example = "student") String category,
        @Schema(example = "7") Integer iscedLevel,
        Long partnerId,
        @Schema(example = "DE") String country,
        Long agreementId,
        @Schema(example = "0613") String iscedField,
        @Schema(example = "2025-09-01") String startDate,
        @Schema(example = "2026-01-31") String endDate,
        @Schema(example = "2025/2026") String academicYear,
        @Schema(example = "Semester exchange in computer science") String programme,
        @Schema(example = "government-scholarship") String funding,
        @Schema(example = "China Scholarship Council") String fundingBody,
        Boolean cancelled,
        PersonDraft person,
        Integer version) {

    /**
     * The person as a caller writes them. Required: family name and nationality.
     *
     * @param gender {@code female}, {@code male} or {@code other}; leave out when undisclosed
     */
    public record PersonDraft(
            @Schema(example = "Zhang") String familyName,
            @Schema(example = "Wei") String givenName,
            String gender,
            @Schema(example = "CN") String nationality,
            @Schema(example = "2003-05-17") String birthDate,
            String email,
            @Schema(example = "2023011234") String personIdentifier) {
    }
}
