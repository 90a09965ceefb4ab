package org.meridian.core.backtest;

import java.util.ArrayList;
import java.util.List;

import org.meridian.core.matching.PartnerWeights;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SyntheticWorks;

/** Prints a backtest on the benchmark generator's works; arguments: works, institutions, seed. */
public final class BacktestRun {

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 60_000;
        int institutions = args.length > 1 ? Integer.parseInt(args[1]) : (int) Math.max(200, count / 100);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        long start = System.nanoTime();
        List<Work> works = new ArrayList<>();
        new SyntheticWorks(new GeneratorSettings(count, seed, 2013, 2022, institutions)).forEachRemaining(works::add);
        long generated = System.nanoTime();
        BacktestSettings settings = BacktestSettings.defaults(2019);
        String weights = System.getProperty("weights");
        if (weights != null) {
            double[] w = java.util.Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
            settings = settings.withWeights(new PartnerWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10]));
        }
        BacktestReport report = Backtesting.run(works, settings);
        long done = System.nanoTime();
        System.out.printf("%d institutions, %d works (generated in %.1f s, backtest in %.1f s)%n", institutions,
                works.size(), (generated - start) / 1e9, (done - generated) / 1e9);
        System.out.print(report.table());
    }
}
