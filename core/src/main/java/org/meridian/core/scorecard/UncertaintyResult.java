package org.meridian.core.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a Monte Carlo uncertainty and sensitivity analysis.
 *
 * @param factors           the factors varied: the indicator ids of the tree as used, then
 *                          {@link UncertaintyAnalysis#NORMALISATION} and {@link UncertaintyAnalysis#AGGREGATION}
 * @param units             one interval per unit of the peer set, in nominal rank order
 * @param droppedIndicators indicators no unit observes, left out
 * @param excludedUnits     units left out by the missing-value policy
 */
public record UncertaintyResult(UncertaintySettings settings, ScorecardSettings nominalSettings, List<String> factors,
        List<RankInterval> units, List<String> droppedIndicators, List<String> excludedUnits) {

    public UncertaintyResult {
        factors = List.copyOf(factors);
        units = List.copyOf(units);
        droppedIndicators = List.copyOf(droppedIndicators);
        excludedUnits = List.copyOf(excludedUnits);
    }

    public Optional<RankInterval> unit(String unit) {
        return units.stream().filter(interval -> interval.unit().equals(unit)).findFirst();
    }

    /** Mean over units of each factor's first-order index: which choices move ranks across the whole peer set. */
    public Map<String, Double> meanFirstOrderIndices() {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String factor : factors) {
            means.put(factor, units.stream().mapToDouble(interval -> interval.firstOrderIndices().get(factor))
                    .filter(index -> !Double.isNaN(index)).average().orElse(Double.NaN));
        }
        return means;
    }
}
