package org.meridian.core.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.sun.management.OperatingSystemMXBean;

import org.meridian.core.scorecard.BilingualText;
import org.meridian.core.scorecard.Direction;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.IndicatorTree;
import org.meridian.core.scorecard.Pillar;
import org.meridian.core.scorecard.RankInterval;
import org.meridian.core.scorecard.ScorecardSettings;
import org.meridian.core.scorecard.UncertaintyAnalysis;
import org.meridian.core.scorecard.UncertaintyResult;
import org.meridian.core.scorecard.UncertaintySettings;
import org.meridian.core.scorecard.Weights;

/**
 * Times the uncertainty analysis of a scorecard of 1,000 units x 20 indicators (3 pillars) with 1,000 Monte Carlo
 * draws over weights, normalisation and aggregation, 5 % of values missing. Prints each run's wall-clock and
 * process CPU time (all threads, JIT and GC included) and their medians; on a shared machine the CPU time is the steadier figure; asserts nothing. Run: {@code java -cp core/target/classes:core/target/test-classes org.meridian.core.bench.ScorecardBenchmark [runs]}
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
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        UncertaintyResult result = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long startCpu = system.getProcessCpuTime();
            result = UncertaintyAnalysis.run(tree, table, weights, ScorecardSettings.defaults(), settings);
            cpu[run] = (system.getProcessCpuTime() - startCpu) / 1_000_000;
            wall[run] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms wall, %d ms cpu%n", run + 1, wall[run], cpu[run]);
        }
        System.out.printf("1000 units x 20 indicators x %d draws: median %d ms wall, %d ms cpu over %d runs "
                + "(first run %d ms wall)%n", settings.draws(), median(wall), median(cpu), runs, wall[0]);
        RankInterval first = result.units().get(0);
        System.out.printf("best unit %s: nominal %.1f, median %.1f, 5-95%% [%.1f, %.1f], drivers %s%n", first.unit(),
                first.nominalRank(), first.medianRank(), first.lowerRank(), first.upperRank(), first.drivers(3));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
