package org.meridian.core.backtest;

import java.io.StringWriter;

import org.meridian.core.matching.PartnerIndexSettings;
import org.meridian.core.matching.PartnerWeights;

/** Prints a backtest on generated data; arguments: institutions, mean works per institution and year, seed. */
public final class BacktestRun {

    public static void main(String[] args) {
        int institutions = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double works = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        long start = System.nanoTime();
        CollaborationWorld world = CollaborationWorld.generate(
                new CollaborationWorld.Settings(institutions, 2013, 2022, works, seed));
        long generated = System.nanoTime();
        BacktestSettings settings = BacktestSettings.defaults(2019)
                .withIndex(PartnerIndexSettings.defaults().withRegions(CollaborationWorld.regions()));
        String weights = System.getProperty("weights");
        if (weights != null) {
            double[] w = java.util.Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
            settings = settings.withWeights(new PartnerWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9]));
        }
        BacktestReport report = Backtesting.run(world.works(), settings);
        long done = System.nanoTime();
        System.out.printf("%d institutions, %d works (generated in %.1f s, backtest in %.1f s)%n", institutions,
                world.works().size(), (generated - start) / 1e9, (done - generated) / 1e9);
        System.out.print(report.table());
        StringWriter csv = new StringWriter();
        report.writeCsv(csv);
        System.out.print(csv);
    }
}
