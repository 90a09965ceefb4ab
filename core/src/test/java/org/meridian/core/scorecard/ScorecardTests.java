package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.core.scorecard.Trees.table;
import static org.meridian.core.scorecard.Trees.tree;

import org.junit.jupiter.api.Test;

/**
 * Fixture: pillar A = a1, a2; pillar B = b1 (lower is better). Raw values and their min–max normalisation:
 * <pre>
 *        a1        a2        b1 (lower)
 * X   0 -> 0    10 -> 1     1 -> 1
 * Y   5 -> .5    0 -> 0     3 -> 0
 * Z  10 -> 1     5 -> .5    2 -> .5
 * </pre>
 */
class ScorecardTests {

    private static final double NAN = Double.NaN;
    private final IndicatorTree tree = tree("A:a1,a2", "B:-b1");
    private final IndicatorTable table = table(tree,
            new Object[] {"X", 0, 10, 1},
            new Object[] {"Y", 5, 0, 3},
            new Object[] {"Z", 10, 5, 2});
    /** The same with X's a2 missing. */
    private final IndicatorTable missing = table(tree,
            new Object[] {"X", 0, NAN, 1},
            new Object[] {"Y", 5, 0, 3},
            new Object[] {"Z", 10, 5, 2});

    @Test
    void equalWeightsAverageIndicatorsWithinPillarsThenPillars() {
        ScorecardResult result = Scorecard.compute(tree, table, Weights.equal(tree), ScorecardSettings.defaults());

        // A: X (0 + 1)/2 = .5, Y .25, Z .75; B: X 1, Y 0, Z .5; composite = mean of A and B
        assertScore(result, "X", 0.75, 1);
        assertScore(result, "Z", 0.625, 2);
        assertScore(result, "Y", 0.125, 3);
        assertThat(result.score("X").orElseThrow().pillarScores()).containsEntry("A", 0.5).containsEntry("B", 1.0);
        assertThat(result.scores()).extracting(UnitScore::unit).containsExactly("X", "Z", "Y");
    }

    @Test
    void relativeWeightsAreRenormalisedAtBothLevels() {
        Weights weights = Weights.equal(tree).withPillar("A", 2).withIndicator("a2", 3);

        assertThat(weights.effective(tree)).containsEntry("a1", 2.0 / 3 * 1 / 4).containsEntry("a2", 2.0 / 3 * 3 / 4)
                .containsEntry("b1", 1.0 / 3);
        ScorecardResult result = Scorecard.compute(tree, table, weights, ScorecardSettings.defaults());
        // A: X (0 + 3 * 1)/4 = .75, Y (.5 + 0)/4 = .125, Z (1 + 3 * .5)/4 = .625; composite (2 A + B) / 3
        assertScore(result, "X", (2 * 0.75 + 1) / 3, 1);
        assertScore(result, "Z", (2 * 0.625 + 0.5) / 3, 2);
        assertScore(result, "Y", (2 * 0.125 + 0) / 3, 3);
    }

    @Test
    void geometricAggregationPenalisesAnUnbalancedProfile() {
        ScorecardSettings geometric = new ScorecardSettings(Normalisation.MIN_MAX, Aggregation.GEOMETRIC,
                MissingValues.REWEIGHT);
        ScorecardResult result = Scorecard.compute(tree, table, Weights.equal(tree), geometric);

        // shifted values: a1 .01 .51 1.01, a2 1.01 .01 .51, b1 1.01 .01 .51; geometric means at both levels
        double pillarAx = Math.sqrt(0.01 * 1.01);
        double pillarAz = Math.sqrt(1.01 * 0.51);
        double pillarAy = Math.sqrt(0.51 * 0.01);
        assertScore(result, "Z", Math.sqrt(pillarAz * 0.51), 1);
        assertScore(result, "X", Math.sqrt(pillarAx * 1.01), 2);
        assertScore(result, "Y", Math.sqrt(pillarAy * 0.01), 3);
        assertThat(result.score("X").orElseThrow().pillarScores().get("A")).isCloseTo(pillarAx, within(1e-12));
    }

    @Test
    void zScoresFeedTheSameArithmeticMean() {
        ScorecardSettings z = new ScorecardSettings(Normalisation.Z_SCORE, Aggregation.ARITHMETIC,
                MissingValues.REWEIGHT);
        ScorecardResult result = Scorecard.compute(tree, table, Weights.equal(tree), z);

        // every column has the values {low, mid, high} evenly spaced: z = -1.2247, 0, +1.2247 (sqrt(3/2))
        double k = Math.sqrt(1.5);
        assertScore(result, "X", ((-k + k) / 2 + k) / 2, 1);
        assertScore(result, "Z", ((k + 0) / 2 + 0) / 2, 2);
        assertScore(result, "Y", ((0 - k) / 2 - k) / 2, 3);
        assertThat(result.score("Y").orElseThrow().normalisedValues().get("b1")).isCloseTo(-k, within(1e-12));
    }

    @Test
    void missingValueIsLeftOutAndItsPillarReweighted() {
        ScorecardResult result = Scorecard.compute(tree, missing, Weights.equal(tree), ScorecardSettings.defaults());

        // a2 normalised over Y, Z only: Y 0, Z 1. X: A = a1 = 0, B = 1
        assertScore(result, "Z", ((1 + 1) / 2.0 + 0.5) / 2, 1);
        assertScore(result, "X", (0 + 1) / 2.0, 2);
        assertScore(result, "Y", ((0.5 + 0) / 2 + 0) / 2, 3);
        assertThat(result.score("X").orElseThrow().observedIndicators()).isEqualTo(2);
        assertThat(result.score("X").orElseThrow().normalisedValues().get("a2")).isNaN();
    }

    @Test
    void peerMeanImputesTheMeanNormalisedValue() {
        ScorecardResult result = Scorecard.compute(tree, missing, Weights.equal(tree),
                new ScorecardSettings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingValues.PEER_MEAN));

        // X's a2 = mean(0, 1) = .5 -> A = .25, composite (.25 + 1) / 2; Z unchanged from reweighting
        assertScore(result, "Z", ((1 + 1) / 2.0 + 0.5) / 2, 1);
        assertScore(result, "X", (0.25 + 1) / 2, 2);
        assertThat(result.score("X").orElseThrow().normalisedValues().get("a2")).isEqualTo(0.5);
    }

    @Test
    void caseDeletionRemovesTheUnitBeforeNormalising() {
        ScorecardResult result = Scorecard.compute(tree, missing, Weights.equal(tree),
                new ScorecardSettings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingValues.EXCLUDE_UNIT));

        assertThat(result.excludedUnits()).containsExactly("X");
        // over Y, Z every column is min -> 0 (Y), max -> 1 (Z)
        assertScore(result, "Z", 1, 1);
        assertScore(result, "Y", 0, 2);
    }

    @Test
    void indicatorWithoutAnyValueIsDroppedAndReported() {
        IndicatorTable table = table(tree,
                new Object[] {"X", 0, 10, NAN},
                new Object[] {"Y", 5, 0, NAN});
        ScorecardResult result = Scorecard.compute(tree, table, Weights.equal(tree), ScorecardSettings.defaults());

        assertThat(result.droppedIndicators()).containsExactly("b1");
        assertThat(result.tree().pillars()).extracting(Pillar::id).containsExactly("A");
        // A only: X (0 + 1) / 2, Y (1 + 0) / 2 -> tie
        assertScore(result, "X", 0.5, 1.5);
        assertScore(result, "Y", 0.5, 1.5);
    }

    @Test
    void constantIndicatorDoesNotChangeTheOrder() {
        IndicatorTable table = table(tree,
                new Object[] {"X", 0, 10, 4},
                new Object[] {"Y", 5, 0, 4});
        ScorecardResult result = Scorecard.compute(tree, table, Weights.equal(tree), ScorecardSettings.defaults());

        assertScore(result, "X", (0.5 + 0.5) / 2, 1.5);
        assertScore(result, "Y", (0.5 + 0.5) / 2, 1.5);
    }

    @Test
    void refusesNegativeWeight() {
        assertThatThrownBy(() -> Weights.equal(tree).withIndicator("a1", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertScore(ScorecardResult result, String unit, double composite, double rank) {
        UnitScore score = result.score(unit).orElseThrow();
        assertThat(score.composite()).as("composite of %s", unit).isCloseTo(composite, within(1e-12));
        assertThat(score.rank()).as("rank of %s", unit).isEqualTo(rank);
    }
}
