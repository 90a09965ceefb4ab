package org.meridian.app.mobility;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.meridian.app.InputCheck;
import org.meridian.core.mobility.AcademicYear;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityStatus;

/**
 * The filter parameters of {@code GET /api/v1/mobility} (and of the mobility list page), as text;
 * {@link #filter()} checks them.
 */
public record MobilityQuery(
        @Schema(description = "inbound or outbound") String direction,
        @Schema(description = "student, staff-teaching, staff-training or visiting-scholar") String category,
        @Schema(description = "ISO 3166 alpha-2 country", example = "DE") String country,
        @Schema(description = "UN M49 region or sub-region code of the country", example = "150") String region,
        Long partnerId,
        Long agreementId,
        @Schema(description = "ISCED-F code; matches the field and every field below it", example = "06") String iscedField,
        @Schema(description = "government-scholarship, institutional, partner-funded, self-funded or other") String funding,
        @Schema(example = "2025/2026") String academicYear,
        @Schema(description = "records running on or after this date", example = "2025-01-01") String from,
        @Schema(description = "records begun on or before this date", example = "2025-12-31") String to,
        @Schema(description = "planned, ongoing, completed or cancelled") String status,
        @Schema(description = "part of the programme name; officers and administrators: also of the person's names") String q,
        @Schema(description = "records starting on or after this date", example = "2025-09-01") String startsFrom,
        @Schema(description = "records starting on or before this date", example = "2026-08-31") String startsTo) {

    /** The checked filter; {@code InvalidInput} names every parameter that is wrong. */
    public MobilityFilter filter() {
        InputCheck check = new InputCheck();
        Direction direction = check.code("direction", this.direction, Direction.class, false);
        MobilityCategory category = check.code("category", this.category, MobilityCategory.class, false);
        String country = check.countryCode("country", this.country, false);
        String region = check.text("region", this.region, 3, false);
        String field = check.text("iscedField", iscedField, 4, false);
        Funding funding = check.code("funding", this.funding, Funding.class, false);
        AcademicYear year = null;
        if (academicYear != null && !academicYear.isBlank()) {
            year = AcademicYear.parse(academicYear).orElse(null);
            if (year == null) {
                check.reject("academicYear", "must be written like 2025/2026");
            }
        }
        LocalDate fromDate = check.date("from", from, false);
        LocalDate toDate = check.date("to", to, false);
        check.notBefore("to", toDate, fromDate, "from");
        MobilityStatus status = check.code("status", this.status, MobilityStatus.class, false);
        String text = check.text("q", q, 100, false);
        LocalDate startsFromDate = check.date("startsFrom", startsFrom, false);
        LocalDate startsToDate = check.date("startsTo", startsTo, false);
        check.notBefore("startsTo", startsToDate, startsFromDate, "startsFrom");
        check.throwIfInvalid();
        return new MobilityFilter(direction, category, country, region, partnerId, agreementId, field, funding, year,
                fromDate, toDate, status, text, startsFromDate, startsToDate);
    }
}
