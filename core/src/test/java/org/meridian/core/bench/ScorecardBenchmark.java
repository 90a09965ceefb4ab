package org.meridian.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.meridian.core.scorecard.BilingualText;
import org.meridian.core.scorecard.Direction;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.IndicatorTree;
import org.meridian.core.scorecard.Pillar;
import org.meridian.core.scorecard.ScorecardSettings;
import org.meridian.core.scorecard.UncertaintyAnalysis;
import org.meridian.core.scorecard.UncertaintyResult;
import org.meridian.core.scorecard.UncertaintySettings;
import org.meridian.core.scorecard.Weights;

/**
 * Times the uncertainty analysis of a scorecard of 1,000 units x 20 indicators (3 pillars) with 1,000 Monte Carlo
 * draws over weights, normalisation and aggregation, 5 % of values missing. Prints each run and the median; asserts
 * nothing. Run: {@code java -cp core/target/classes:core/target/test-classes org.meridian.core.bench.ScorecardBenchmark [runs]}
 */
public final class ScorecardBenchmark {

    private ScorecardBenchmark() {
    }

    public static void main(String[] arguments) {
        int runs = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 7;
        IndicatorTree tree = tree(new int[] {7, 7, 6});
        IndicatorTable table = table(tree, 1000, new Random(42));
        Weights weights = Weights.equal(tree);
        UncertaintySettings settings = UncertaintySettings.defaults(2026);
        long[] millis = new long[runs];
        UncertaintyResult result = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            result = UncertaintyAnalysis.run(tree, table, weights, ScorecardSettings.defaults(), settings);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms%n", run + 1, millis[run]);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("1000 units x 20 indicators x %d draws: median %d ms over %d runs (first run %d ms)%n",
                settings.draws(), sorted[runs / 2], runs, millis[0]);
        System.out.println("first unit: " + result.units().get(0));
    }

    private static IndicatorTree tree(int[] indicatorsPerPillar) {
        List<Pillar> pillars = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < indicatorsPerPillar.length; p++) {
            String pillarId = "p" + p;
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorsPerPillar[p]; i++, next++) {
                indicators.add(new Indicator("i" + next, pillarId, text("i" + next), text("i" + next), "generated",
                        next % 5 == 4 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, "unit"));
            }
            pillars.add(new Pillar(pillarId, text(pillarId), text(pillarId), indicators));
        }
        return new IndicatorTree(pillars);
    }

    private static IndicatorTable table(IndicatorTree tree, int unitCount, Random random) {
        List<String> ids = tree.indicators().stream().map(Indicator::id).toList();
        List<String> units = new ArrayList<>();
        double[][] values = new double[unitCount][ids.size()];
        for (int u = 0; u < unitCount; u++) {
            units.add("u" + u);
            double quality = random.nextGaussian();
            for (int i = 0; i < ids.size(); i++) {
                values[u][i] = random.nextDouble() < 0.05 ? Double.NaN : Math.exp(quality + random.nextGaussian());
            }
        }
        return new IndicatorTable(units, ids, values);
    }

    private static BilingualText text(String value) {
        return new BilingualText(value, value);
    }
}
