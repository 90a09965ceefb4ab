package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.core.scorecard.Trees.table;
import static org.meridian.core.scorecard.Trees.tree;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTests {

    private static final ScorecardSettings NOMINAL = ScorecardSettings.defaults();

    @Test
    void fixedChoicesGiveTheNominalRankInEveryDraw() {
        IndicatorTree tree = tree("A:a1,a2", "B:-b1");
        IndicatorTable table = table(tree, new Object[] {"X", 0, 10, 1}, new Object[] {"Y", 5, 0, 3},
                new Object[] {"Z", 10, 5, 2});
        UncertaintySettings fixed = new UncertaintySettings(200, 1, new WeightPerturbation.Fixed(),
                Set.of(Normalisation.MIN_MAX), Set.of(Aggregation.ARITHMETIC));

        UncertaintyResult result = UncertaintyAnalysis.run(tree, table, Weights.equal(tree), NOMINAL, fixed);

        // nominal composites X .75, Z .625, Y .125 (see ScorecardTests)
        assertThat(result.units()).extracting(RankInterval::unit).containsExactly("X", "Z", "Y");
        RankInterval z = result.unit("Z").orElseThrow();
        assertThat(List.of(z.nominalRank(), z.lowerRank(), z.medianRank(), z.upperRank())).containsOnly(2.0);
        assertThat(z.firstOrderIndices().values()).containsOnly(0.0);
        assertThat(result.factors()).containsExactly("a1", "a2", "b1", UncertaintyAnalysis.NORMALISATION,
                UncertaintyAnalysis.AGGREGATION);
    }

    @Test
    void normalisationChoiceExplainsAllOfARankThatOnlyItMoves() {
        // min-max sums: U1 0 + 1 = 1, U2 .2 + .7 = .9, U3 1 + 0 = 1 -> ranks 1.5, 3, 1.5
        // z-score sums: U1 .108, U2 -.145, U3 .036 -> ranks 1, 3, 2
        IndicatorTree tree = tree("P:a,b");
        IndicatorTable table = table(tree, new Object[] {"U1", 0, 10}, new Object[] {"U2", 2, 7},
                new Object[] {"U3", 10, 0});
        UncertaintySettings settings = new UncertaintySettings(400, 7, new WeightPerturbation.Fixed(),
                EnumSet.allOf(Normalisation.class), Set.of(Aggregation.ARITHMETIC));

        UncertaintyResult result = UncertaintyAnalysis.run(tree, table, Weights.equal(tree), NOMINAL, settings);

        RankInterval u1 = result.unit("U1").orElseThrow();
        assertThat(u1.nominalRank()).isEqualTo(1.5);
        assertThat(u1.lowerRank()).isEqualTo(1);
        assertThat(u1.upperRank()).isEqualTo(1.5);
        assertThat(u1.firstOrderIndices().get(UncertaintyAnalysis.NORMALISATION)).isCloseTo(1, within(1e-9));
        assertThat(u1.drivers(1)).containsExactly(UncertaintyAnalysis.NORMALISATION);
        RankInterval u3 = result.unit("U3").orElseThrow();
        assertThat(List.of(u3.lowerRank(), u3.upperRank())).containsExactly(1.5, 2.0);
        RankInterval u2 = result.unit("U2").orElseThrow();
        assertThat(List.of(u2.lowerRank(), u2.medianRank(), u2.upperRank())).containsOnly(3.0);
        assertThat(u2.firstOrderIndices().get(UncertaintyAnalysis.NORMALISATION)).isZero();
    }

    @Test
    void weightOfTheIndicatorAUnitExcelsInDrivesItsRank() {
        // U1 scores w_a, U2 scores 1 - w_a, U3 always .2: U1 and U2 swap places at w_a = .5; U3 is third unless
        // w_a < .2 or w_a > .8, which Beta(10, 10) (the margin of the Dirichlet) gives in about 0.5 % of draws
        IndicatorTree tree = tree("P:a,b");
        IndicatorTable table = table(tree, new Object[] {"U1", 10, 0}, new Object[] {"U2", 0, 10},
                new Object[] {"U3", 2, 2});
        UncertaintySettings settings = new UncertaintySettings(1000, 11, new WeightPerturbation.Dirichlet(10),
                Set.of(Normalisation.MIN_MAX), Set.of(Aggregation.ARITHMETIC));

        UncertaintyResult result = UncertaintyAnalysis.run(tree, table, Weights.equal(tree), NOMINAL, settings);

        RankInterval u1 = result.unit("U1").orElseThrow();
        assertThat(u1.firstOrderIndices().get("a")).isGreaterThan(0.9);
        assertThat(u1.firstOrderIndices().get(UncertaintyAnalysis.NORMALISATION)).isZero();
        assertThat(List.of(u1.lowerRank(), u1.upperRank())).containsExactly(1.0, 2.0);
        // without a: U1 0 -> 3rd, U2 1 -> 1st, U3 .2 -> 2nd; nominal: U1 and U2 tie at .5 (1.5), U3 3rd
        assertThat(u1.removalShifts()).containsEntry("a", 3 - 1.5).containsEntry("b", 1 - 1.5);
        assertThat(result.unit("U3").orElseThrow().removalShifts()).containsEntry("a", 2 - 3.0);
        RankInterval u3 = result.unit("U3").orElseThrow();
        assertThat(List.of(u3.lowerRank(), u3.upperRank())).containsOnly(3.0);
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        assertThat(generatedRun(99)).isEqualTo(generatedRun(99));
    }

    @Test
    void otherSeedGivesDifferentButConsistentIntervals() {
        UncertaintyResult first = generatedRun(99);
        UncertaintyResult second = generatedRun(100);

        assertThat(second.units()).isNotEqualTo(first.units());
        for (RankInterval a : first.units()) {
            RankInterval b = second.unit(a.unit()).orElseThrow();
            assertThat(b.nominalRank()).isEqualTo(a.nominalRank());
            assertThat(b.medianRank()).isCloseTo(a.medianRank(), within(2.0));
            assertThat(b.lowerRank()).isBetween(1.0, b.medianRank());
            assertThat(b.upperRank()).isBetween(b.medianRank(), 40.0);
            assertThat(Math.min(a.upperRank(), b.upperRank())).isGreaterThanOrEqualTo(Math.max(a.lowerRank(),
                    b.lowerRank()));
        }
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        float[] sorted = {1, 2, 3, 4, 5};
        assertThat(UncertaintyAnalysis.quantile(sorted, 0.05)).isCloseTo(1.2, within(1e-6));
        assertThat(UncertaintyAnalysis.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(UncertaintyAnalysis.quantile(sorted, 0.95)).isCloseTo(4.8, within(1e-6));
    }

    @Test
    void firstOrderIndexIsTheShareOfVarianceBetweenGroups() {
        // mean 2.5, group means 1.5 and 3.5: between 2 * 1 + 2 * 1 = 4, total 2.25 + .25 + .25 + 2.25 = 5
        float[] output = {1, 2, 3, 4};
        FirstOrderSensitivity.Grouping grouping = FirstOrderSensitivity.levels(new int[] {0, 0, 1, 1}, 2);
        assertThat(FirstOrderSensitivity.index(output, grouping)).isCloseTo(0.8, within(1e-12));
        assertThat(FirstOrderSensitivity.index(new float[] {2, 2, 2, 2}, grouping)).isZero();
    }

    /** 40 units x 7 indicators in 3 pillars, values = unit quality + noise, default settings with the given seed. */
    private static UncertaintyResult generatedRun(long seed) {
        IndicatorTree tree = tree("A:a1,a2,a3", "B:b1,-b2", "C:c1,c2");
        IndicatorTable table = generated(tree, 40, new Random(5));
        return UncertaintyAnalysis.run(tree, table, Weights.equal(tree), NOMINAL, UncertaintySettings.defaults(seed));
    }

    private static IndicatorTable generated(IndicatorTree tree, int units, Random random) {
        List<Object[]> rows = new ArrayList<>();
        int indicators = tree.indicators().size();
        for (int u = 0; u < units; u++) {
            Object[] row = new Object[indicators + 1];
            row[0] = "u" + u;
            double quality = random.nextGaussian();
            for (int i = 0; i < indicators; i++) {
                row[i + 1] = quality + random.nextGaussian();
            }
            rows.add(row);
        }
        return table(tree, rows.toArray(Object[][]::new));
    }
}
