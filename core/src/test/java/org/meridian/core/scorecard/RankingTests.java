package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTests {

    @Test
    void ranksHighestScoreFirst() {
        assertThat(Ranking.fractional(new double[] {0.2, 0.9, 0.5})).containsExactly(3, 1, 2);
    }

    @Test
    void tiedUnitsShareTheMeanOfTheirPositions() {
        assertThat(Ranking.fractional(new double[] {9, 7, 7, 5})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(Ranking.fractional(new double[] {4, 4, 4, 1})).containsExactly(2, 2, 2, 4);
    }

    @Test
    void undefinedScoreIsUnrankedAndNotCounted() {
        assertThat(Ranking.fractional(new double[] {Double.NaN, 3, 1})).containsExactly(Double.NaN, 1, 2);
    }
}
