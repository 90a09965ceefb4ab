package org.meridian.core.scorecard;

import java.util.List;
import java.util.Optional;

/**
 * A computed scorecard.
 *
 * @param tree               the tree as used: indicators without any observed value are left out
 * @param scores             one entry per unit of the peer set, best rank first, unranked units last
 * @param droppedIndicators  indicators of the requested tree that no unit observes
 * @param excludedUnits      units left out by the missing-value policy (no observed indicator, or case deletion)
 */
public record ScorecardResult(IndicatorTree tree, Weights weights, ScorecardSettings settings, List<UnitScore> scores,
        List<String> droppedIndicators, List<String> excludedUnits) {

    public ScorecardResult {
        scores = List.copyOf(scores);
        droppedIndicators = List.copyOf(droppedIndicators);
        excludedUnits = List.copyOf(excludedUnits);
    }

    public Optional<UnitScore> score(String unit) {
        return scores.stream().filter(score -> score.unit().equals(unit)).findFirst();
    }
}
