package org.meridian.core.gaps;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.YearRange;

/**
 * Thresholds of {@link AnalysingGaps}; {@link #defaults(YearRange)} gives the documented defaults.
 *
 * @param level                          field level analysed (default subfield)
 * @param period                         publication years
 * @param strengthMinP                   strength: at least this p (default 2), so a single work is not a strength
 * @param strengthActivityIndex          strength: activity index above this (default 1, specialised)
 * @param strengthRelativeImpact         strength: MNCS above this multiple of the world's MNCS (default 1)
 * @param weaknessMinP                   weakness: at least this p, "active" (default 5)
 * @param weaknessRelativeImpact         weakness: MNCS below this multiple of the world's MNCS (default 1)
 * @param gapMaxActivityIndex            gap: activity index below this (default 0.5, under-represented)
 * @param gapMinFrontierShare            gap: at least this share of the field's recent world works in frontier
 *                                       items (default 0.25)
 * @param intersectionMinWorks           intersection: at least this many co-classified world works (default 20)
 * @param intersectionMaxActivityIndex   intersection: home activity index on the pair below this (default 0.5)
 * @param maxIntersections               intersections kept, fastest-growing lead first (default 10)
 * @param recordedDemandMin              demand from records: at least this many mobilities + agreements (default 3)
 * @param recordedDemandMaxActivityIndex demand from records: home activity index below this (default 0.5,
 *                                       "publishes little there")
 */
public record GapSettings(FieldLevel level, YearRange period, double strengthMinP, double strengthActivityIndex,
        double strengthRelativeImpact, double weaknessMinP, double weaknessRelativeImpact, double gapMaxActivityIndex,
        double gapMinFrontierShare, double intersectionMinWorks, double intersectionMaxActivityIndex,
        int maxIntersections, int recordedDemandMin, double recordedDemandMaxActivityIndex) {

    public static GapSettings defaults(YearRange period) {
        return new GapSettings(FieldLevel.SUBFIELD, period, 2, 1, 1, 5, 1, 0.5, 0.25, 20, 0.5, 10, 3, 0.5);
    }

    public GapSettings withLevel(FieldLevel fieldLevel) {
        return new GapSettings(fieldLevel, period, strengthMinP, strengthActivityIndex, strengthRelativeImpact,
                weaknessMinP, weaknessRelativeImpact, gapMaxActivityIndex, gapMinFrontierShare, intersectionMinWorks,
                intersectionMaxActivityIndex, maxIntersections, recordedDemandMin, recordedDemandMaxActivityIndex);
    }

    public GapSettings withIntersectionMinWorks(double works) {
        return new GapSettings(level, period, strengthMinP, strengthActivityIndex, strengthRelativeImpact,
                weaknessMinP, weaknessRelativeImpact, gapMaxActivityIndex, gapMinFrontierShare, works,
                intersectionMaxActivityIndex, maxIntersections, recordedDemandMin, recordedDemandMaxActivityIndex);
    }
}
