package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalisationTests {

    private static final double NAN = Double.NaN;

    @Test
    void minMaxPutsTheBestPeerAtOneAndTheWorstAtZero() {
        assertThat(Normalisation.MIN_MAX.apply(new double[] {2, 4, 6, NAN}, Direction.HIGHER_IS_BETTER))
                .containsExactly(0, 0.5, 1, NAN);
    }

    @Test
    void minMaxMirrorsALowerIsBetterIndicator() {
        assertThat(Normalisation.MIN_MAX.apply(new double[] {2, 4, 6, NAN}, Direction.LOWER_IS_BETTER))
                .containsExactly(1, 0.5, 0, NAN);
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // mean 4, population variance (4 + 0 + 4) / 3 = 8/3
        double sd = Math.sqrt(8.0 / 3);
        assertThat(Normalisation.Z_SCORE.apply(new double[] {2, 4, 6, NAN}, Direction.HIGHER_IS_BETTER))
                .containsExactly(new double[] {-2 / sd, 0, 2 / sd, NAN}, within(1e-12));
    }

    @Test
    void zScoreNegatesALowerIsBetterIndicator() {
        double sd = Math.sqrt(8.0 / 3);
        assertThat(Normalisation.Z_SCORE.apply(new double[] {2, 4, 6}, Direction.LOWER_IS_BETTER))
                .containsExactly(new double[] {2 / sd, 0, -2 / sd}, within(1e-12));
    }

    @Test
    void constantColumnBecomesNeutral() {
        assertThat(Normalisation.MIN_MAX.apply(new double[] {3, 3, NAN}, Direction.HIGHER_IS_BETTER))
                .containsExactly(0.5, 0.5, NAN);
        assertThat(Normalisation.Z_SCORE.apply(new double[] {3, 3, NAN}, Direction.LOWER_IS_BETTER))
                .containsExactly(0, 0, NAN);
        assertThat(Normalisation.MIN_MAX.apply(new double[] {NAN, 7}, Direction.HIGHER_IS_BETTER))
                .containsExactly(NAN, 0.5);
    }

    @Test
    void geometricShiftPlacesTheWorstPeerAtOnePercentOfTheRange() {
        assertThat(Aggregation.positiveShift(new double[] {0, 0.5, 1, NAN}))
                .containsExactly(new double[] {0.01, 0.51, 1.01, NAN}, within(1e-12));
        assertThat(Aggregation.positiveShift(new double[] {0.5, 0.5})).containsExactly(1, 1);
    }

    @Test
    void shiftedZScoresAreProportionalToShiftedMinMaxValues() {
        double[] raw = {1, 3, 4, 10};
        double[] minMax = Aggregation.positiveShift(Normalisation.MIN_MAX.apply(raw, Direction.HIGHER_IS_BETTER));
        double[] z = Aggregation.positiveShift(Normalisation.Z_SCORE.apply(raw, Direction.HIGHER_IS_BETTER));
        for (int i = 1; i < raw.length; i++) {
            assertThat(z[i] / minMax[i]).isCloseTo(z[0] / minMax[0], within(1e-12));
        }
    }
}
