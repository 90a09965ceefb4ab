package org.meridian.core.scorecard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One unit's rank under uncertainty.
 *
 * @param nominalRank       rank under the nominal weights and settings
 * @param medianRank        median of the rank over the Monte Carlo draws
 * @param lowerRank         5th percentile of the rank (the better end of the interval)
 * @param upperRank         95th percentile of the rank (the worse end)
 * @param firstOrderIndices first-order sensitivity index of the unit's rank per factor (see
 *                          {@link UncertaintyAnalysis}): an indicator id stands for that indicator's effective
 *                          weight, {@link UncertaintyAnalysis#NORMALISATION} and {@link UncertaintyAnalysis#AGGREGATION}
 *                          for the two choices
 * @param removalShifts     per indicator id: nominal rank without the indicator minus nominal rank with it; positive
 *                          when the indicator lifts the unit, {@code NaN} when the unit has no other observed value
 */
public record RankInterval(String unit, double nominalRank, double medianRank, double lowerRank, double upperRank,
        Map<String, Double> firstOrderIndices, Map<String, Double> removalShifts) {

    public RankInterval {
        firstOrderIndices = Map.copyOf(firstOrderIndices);
        removalShifts = Map.copyOf(removalShifts);
    }

    /** The factors with the largest first-order indices, largest first (ties by name). */
    public List<String> drivers(int count) {
        return firstOrderIndices.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(Map.Entry::getKey).toList();
    }
}
