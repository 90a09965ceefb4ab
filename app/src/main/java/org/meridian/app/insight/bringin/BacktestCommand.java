package org.meridian.app.insight.bringin;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.WorkSelection;
import org.meridian.core.backtest.BacktestReport;
import org.meridian.core.backtest.BacktestSettings;
import org.meridian.core.backtest.Backtesting;
import org.meridian.core.backtest.MethodScore;
import org.meridian.core.matching.PartnerWeights;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SyntheticWorks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code meridian backtest}: recommends partners from the works up to an as-of year and checks them against the
 * new co-publications of the following years, for Meridian and the baselines, on the store's works or on
 * generated ones ({@link SyntheticWorks}, whose collaboration model prefers active, complementary, nearby and
 * already tied partners).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Evidence that partner recommendations come true: precision@k, recall@k and nDCG@k of"
                + " Meridian and of the baselines (most productive, most productive in the target fields, random)"
                + " against the institutions that newly co-publish with each home after the as-of year.",
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian backtest --as-of 2019 --horizon 3 -k 10          on the analytics store",
                "  ./meridian backtest --generated 60000 --seed 7 --out backtest.csv",
                "  ./meridian backtest --as-of 2021 --homes 50 --min-output 5" })
public class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--as-of", defaultValue = "2019", description = "Last year the recommenders see (default: ${DEFAULT-VALUE}).")
    int asOf;

    @Option(names = "--horizon", defaultValue = "3", description = "Years after as-of searched for new"
            + " co-publications (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "-k", defaultValue = "10", description = "Recommendations per home (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--homes", defaultValue = "200", description = "Homes drawn at most (default: ${DEFAULT-VALUE}).")
    int homes;

    @Option(names = "--min-output", defaultValue = "10", description = "A home's least fractional p over the"
            + " feature years (default: ${DEFAULT-VALUE}).")
    double minOutput;

    @Option(names = "--generated", description = "Backtest on this many generated works (2013 to 2022) instead of"
            + " the store.")
    Long generated;

    @Option(names = "--institutions", description = "Institutions of the generated works (default: one per 100"
            + " works, at least 200).")
    Integer institutions;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated works and of the draw of homes"
            + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Also write the table as CSV to this file.")
    Path out;

    @Option(names = "--weights", description = "Meridian's weights changed from the defaults, as name:weight pairs,"
            + " e.g. complementarity:0.4 (names as in recommend partners).")
    String weights;

    @Override
    public Integer call() throws Exception {
        PrintWriter printer = spec.commandLine().getOut();
        PartnerWeights chosenWeights = StoreOptions.weights(spec, weights);
        List<Work> works = generated != null ? generate() : stored();
        BacktestSettings defaults = BacktestSettings.defaults(asOf);
        BacktestSettings settings = new BacktestSettings(asOf, horizon, defaults.featureYears(), k, minOutput, homes, seed,
                defaults.tally(), defaults.level(), defaults.frontierMinVolume(), chosenWeights, defaults.index());
        long start = System.nanoTime();
        BacktestReport report = Backtesting.run(works, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        CommandText text = options.text();
        if (options.json()) {
            StoreOptions.printJson(printer, report);
        } else {
            printer.println(text.get("cli.backtest.works", String.format("%,d", works.size()), generated != null
                    ? text.get("cli.backtest.generated", String.valueOf(seed)) : text.get("cli.backtest.store", options.store.toString())));
            print(report, text, printer);
            if (weights != null && !weights.isBlank()) {
                printer.println(text.get("cli.backtest.weights", weights.strip()));
            }
            printer.println(text.get("cli.backtest.took", String.format(Locale.ROOT, "%.1f", seconds)));
        }
        if (out != null) {
            try (Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report.writeCsv(csv);
            }
            if (!options.json()) {
                printer.println(text.get("cli.backtest.csv", out.toAbsolutePath().toString()));
            }
        }
        printer.flush();
        return 0;
    }

    /** The report as a table in the reader's language; the methods' CSV and JSON names stay as they are. */
    static void print(BacktestReport report, CommandText text, PrintWriter printer) {
        BacktestSettings settings = report.settings();
        int k = settings.k();
        printer.println(text.get("cli.backtest.heading", String.valueOf(settings.asOfYear()),
                settings.truthPeriod().toString(), String.valueOf(k), String.valueOf(report.homes()),
                String.valueOf(report.homesWithoutNewPartner())));
        TextTable table = new TextTable(text.get("cli.column.method"), "precision@" + k, "recall@" + k, "nDCG@" + k);
        for (MethodScore score : report.methods()) {
            table.row(text.reason("cli.backtest.method." + score.method().replace(' ', '-'), List.of(), score.method()),
                    fourPlaces(score.precision()),
                    fourPlaces(score.recall()), fourPlaces(score.ndcg()));
        }
        table.print(printer);
        if (report.homes() == 0) {
            printer.println(text.get("cli.backtest.nothing"));
        } else {
            printer.println(text.get("cli.backtest.lift", String.valueOf(k),
                    String.format(Locale.ROOT, "%.2f", report.lift())));
        }
    }

    private static String fourPlaces(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private List<Work> generate() {
        int count = institutions != null ? institutions : (int) Math.max(200, Math.min(20_000, generated / 100));
        SyntheticWorks synthetic = new SyntheticWorks(new GeneratorSettings(generated, seed, 2013, 2022, count));
        List<Work> works = new ArrayList<>();
        synthetic.forEachRemaining(works::add);
        return works;
    }

    private List<Work> stored() throws Exception {
        if (!Files.exists(options.store)) {
            throw new ParameterException(spec.commandLine(), "No analytics store at " + options.store.toAbsolutePath()
                    + ". Load works first (./meridian ingest openalex PATH) or use --generated N.");
        }
        List<Work> works = new ArrayList<>();
        try (AnalyticsStore store = AnalyticsStore.open(options.store)) {
            store.forEachWork(WorkSelection.all(), works::add);
        }
        return works;
    }
}
