package org.meridian.app.mobility;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityStatus;

/**
 * One mobility of a student, staff member or visiting scholar, inbound or outbound, as a reader sees it.
 *
 * @param iscedLevel   ISCED 2011 level 5 to 8 of a student's studies; null for staff and scholars
 * @param partnerId    the partner institution (host of an outbound, home of an inbound mobility), optional
 * @param country      ISO 3166 alpha-2: where an outbound person goes, where an inbound person comes from
 * @param iscedField   ISCED-F 2013 field (broad, narrow or detailed code), optional
 * @param durationDays days from start to end, both included
 * @param academicYear academic year the mobility is counted in, {@code 2024/2025}
 * @param status       derived from the dates and today unless cancelled (see {@link MobilityStatus})
 * @param person       the person's details; absent (not null, absent) for readers who may not see personal data
 */
public record Mobility(
        long id,
        int version,
        @Schema(type = "string", allowableValues = { "inbound", "outbound" }) Direction direction,
        @Schema(type = "string", allowableValues = { "student", "staff-teaching", "staff-training",
                "visiting-scholar" }) MobilityCategory category,
        Integer iscedLevel,
        Long partnerId,
        String country,
        Long agreementId,
        String iscedField,
        LocalDate startDate,
        LocalDate endDate,
        long durationDays,
        String academicYear,
        String programme,
        @Schema(type = "string", allowableValues = { "government-scholarship", "institutional", "partner-funded",
                "self-funded", "other" }) Funding funding,
        String fundingBody,
        @Schema(type = "string", allowableValues = { "planned", "ongoing", "completed", "cancelled" }) MobilityStatus status,
        boolean cancelled,
        LocalDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) MobilityPerson person) {

    /** The same record without the person's details. */
    public Mobility withoutPerson() {
        return new Mobility(id, version, direction, category, iscedLevel, partnerId, country, agreementId, iscedField,
                startDate, endDate, durationDays, academicYear, programme, funding, fundingBody, status, cancelled,
                updatedAt, null);
    }
}
