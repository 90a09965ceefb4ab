package org.meridian.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    static final List<String> RANKED = List.of("a", "b", "c", "d");
    static final Set<String> RELEVANT = Set.of("b", "d", "x");

    @Test
    void measuresPrecisionAndRecallAtK() {
        assertThat(RankingMetrics.precision(RANKED, RELEVANT, 4)).isEqualTo(0.5);
        assertThat(RankingMetrics.precision(RANKED, RELEVANT, 10)).isEqualTo(0.2);
        assertThat(RankingMetrics.recall(RANKED, RELEVANT, 2)).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void discountsHitsByTheLogarithmOfTheirRank() {
        // hits at ranks 2 and 4: 1/log2(3) + 1/log2(5); ideal: three hits at ranks 1 to 3
        double gain = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3) + 1 / log2(4);

        assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 4)).isCloseTo(gain / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcg(List.of("b", "d", "x"), RELEVANT, 3)).isCloseTo(1, within(1e-12));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
