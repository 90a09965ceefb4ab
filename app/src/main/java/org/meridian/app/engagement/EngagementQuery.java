package org.meridian.app.engagement;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.meridian.app.InputCheck;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.engagement.EngagementStanding;

/** The filter parameters of {@code GET /api/v1/engagements}, as text; {@link #filter()} checks them. */
public record EngagementQuery(
        @Schema(description = "committee-seat, policy-contribution, conference-hosted, joint-initiative, "
                + "programme-abroad, open-course or adopted-abroad") String kind,
        @Schema(description = "chair, vice-chair, host, lead, member, contributor, attendee or observer") String role,
        @Schema(description = "led, contributed or attended") String standing,
        @Schema(description = "ISO 3166 alpha-2 country where it takes place", example = "FR") String country,
        Long partnerId,
        @Schema(description = "organisation code (exact) or part of its name", example = "UNESCO") String organisation,
        @Schema(description = "engagements running on or after this date", example = "2025-01-01") String from,
        @Schema(description = "engagements begun on or before this date", example = "2025-12-31") String to,
        @Schema(description = "part of the title, organisation name or outcome") String q) {

    /** The checked filter; {@code InvalidInput} names every parameter that is wrong. */
    public EngagementFilter filter() {
        InputCheck check = new InputCheck();
        EngagementKind kind = check.code("kind", this.kind, EngagementKind.class, false);
        EngagementRole role = check.code("role", this.role, EngagementRole.class, false);
        EngagementStanding standing = check.code("standing", this.standing, EngagementStanding.class, false);
        String country = check.countryCode("country", this.country, false);
        String organisation = check.text("organisation", this.organisation, 300, false);
        LocalDate fromDate = check.date("from", from, false);
        LocalDate toDate = check.date("to", to, false);
        check.notBefore("to", toDate, fromDate, "from");
        String text = check.text("q", q, 100, false);
        check.throwIfInvalid();
        return new EngagementFilter(kind, role, standing, country, partnerId, organisation, fromDate, toDate, text);
    }
}
