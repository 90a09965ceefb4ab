package org.meridian.app.insight;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The choices of a scorecard computation, as text (query parameters of {@code GET /api/v1/insight/scorecard}).
 * Everything is optional; {@link Scorecards#compute} checks and defaults it.
 */
public record ScorecardRequest(
        @Schema(description = "countries (default), institutions, or province: the institutions of one province")
        String peers,
        @Schema(description = "min-max (default) or z-score") String normalisation,
        @Schema(description = "arithmetic (default) or geometric") String aggregation,
        @Schema(description = "reweight (default), peer-mean or exclude-unit") String missing,
        @Schema(description = "name of a saved weighting; equal weights without") String variant,
        @Schema(description = "weights on top of the variant: id:weight pairs, comma-separated",
                example = "voice:2,io_seats:0.5") String weights,
        @Schema(description = "Monte Carlo draws, 10 to 5000 (default 1000)") Integer draws,
        @Schema(description = "seed of the Monte Carlo draws (default 2026)") Long seed,
        @Schema(description = "institutions: first year of records counted") Integer from,
        @Schema(description = "institutions: last year of records counted") Integer to,
        @Schema(description = "countries: the country to look from (alpha-2, default CN)") String country,
        @Schema(description = "peers=province: ISO 3166-2 code of the province (default: the home institution's)",
                example = "CN-GD") String province) {

    public static ScorecardRequest countries() {
        return new ScorecardRequest("countries", null, null, null, null, null, null, null, null, null, null, null);
    }
}
