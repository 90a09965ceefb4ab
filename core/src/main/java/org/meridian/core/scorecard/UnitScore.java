package org.meridian.core.scorecard;

import java.util.Map;

/**
 * One unit's result in a scorecard.
 *
 * @param composite          the composite score: weighted arithmetic mean of pillar scores, or weighted geometric
 *                           mean on the shifted scale of {@link Aggregation#positiveShift(double[])}; {@code NaN}
 *                           when no weighted indicator is observed
 * @param rank               fractional rank among the peer set, 1 = best ({@link Ranking}); {@code NaN} if unranked
 * @param pillarScores       score per pillar id on the same scale ({@code NaN} where the pillar has no observed value)
 * @param normalisedValues   normalised value per indicator id before any geometric shift ({@code NaN} where missing;
 *                           the imputed value under {@link MissingValues#PEER_MEAN})
 * @param observedIndicators how many of the tree's indicators had an observed raw value
 */
public record UnitScore(String unit, double composite, double rank, Map<String, Double> pillarScores,
        Map<String, Double> normalisedValues, int observedIndicators) {

    public UnitScore {
        pillarScores = Map.copyOf(pillarScores);
        normalisedValues = Map.copyOf(normalisedValues);
    }
}
