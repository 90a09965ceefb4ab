package org.meridian.core.scorecard;

import java.util.Objects;

/** The methodological choices of one scorecard computation. */
public record ScorecardSettings(Normalisation normalisation, Aggregation aggregation, MissingValues missingValues) {

    public ScorecardSettings {
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(missingValues, "missingValues");
    }

    /** Min–max normalisation, arithmetic aggregation, missing values reweighted within their pillar. */
    public static ScorecardSettings defaults() {
        return new ScorecardSettings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingValues.REWEIGHT);
    }
}
