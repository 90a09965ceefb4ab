package org.meridian.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.meridian.app.InvalidInput;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.CountryListing;
import org.meridian.app.scholarly.IndicatorRequest;
import org.meridian.app.scholarly.ScholarlyWorks;
import org.meridian.core.indicators.IndicatorCsv;
import org.meridian.core.indicators.IndicatorJson;
import org.meridian.core.indicators.IndicatorRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meridian indicators}: Leiden Ranking-style publication indicators from the analytics store, as CSV or
 * JSON. Reads the store directly, without the web application. Exit code 0 on success (also when the store holds
 * no works: the output is then empty and a note on standard error says how to ingest), 2 for an unusable option,
 * 1 on failure.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Compute publication indicators (p, collaboration, citation impact, top 10%, activity index) "
                + "for institutions, countries, country groups or the world from the ingested OpenAlex works.",
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian indicators --unit-type country --unit CN --field-level field --from 2019 --to 2022",
                "  ./meridian indicators --unit-type institution --counting fractional --format json --out inst.json",
                "  ./meridian indicators --unit-type country-group --unit OECD --bootstrap 1000 --seed 7" })
class IndicatorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--unit-type", defaultValue = "world", paramLabel = "TYPE",
            description = "institution, country, country-group or world (default: ${DEFAULT-VALUE}).")
    String unitType;

    @Option(names = "--unit", paramLabel = "ID", description = "One unit id (OpenAlex institution id, ISO alpha-2 "
            + "code, OECD or BRI), a comma-separated list, or all (default).")
    String unit;

    @Option(names = "--field-level", defaultValue = "all", paramLabel = "LEVEL",
            description = "all, domain, field, subfield or topic (default: ${DEFAULT-VALUE}).")
    String fieldLevel;

    @Option(names = "--from", paramLabel = "YEAR", description = "First publication year (default: the earliest held).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last publication year (default: the latest held).")
    Integer to;

    @Option(names = "--counting", defaultValue = "full", description = "full or fractional (default: ${DEFAULT-VALUE}).")
    String counting;

    @Option(names = "--types", defaultValue = "article,review",
            description = "Work types counted (default: ${DEFAULT-VALUE}).")
    String types;

    @Option(names = "--hk-mo-separate", description = "Keep Hong Kong and Macao apart from China.")
    boolean hkMoSeparate;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N",
            description = "Bootstrap resamples for 95% stability intervals, at most 10,000 (default: none; Leiden uses 1000).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--trend", description = "One row per publication year instead of one for the whole period.")
    boolean trend;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    @Option(names = "--store", description = "Analytics store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:MERIDIAN_DATA_DIR:-./data}/analytics.duckdb")
    Path store;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv or json: " + format);
        }
        List<IndicatorRow> rows;
        try {
            IndicatorRequest request = IndicatorRequest.parse(unitType, unit, fieldLevel, from, to, counting, types,
                    hkMoSeparate, bootstrap, seed);
            ScholarlyWorks works = read(err);
            rows = request.compute(works, CountryListing.shipped(), "en", trend);
        } catch (InvalidInput invalid) {
            throw new CommandLine.ParameterException(spec.commandLine(), invalid.errors().get(0).message()
                    + " (--" + invalid.errors().get(0).field().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT)
                    + ")");
        }
        write(rows);
        err.flush();
        return 0;
    }

    private ScholarlyWorks read(PrintWriter err) throws Exception {
        if (!Files.exists(store)) {
            err.printf("No analytics store at %s: ingest works first, e.g. ./meridian ingest openalex "
                    + "works_sample.jsonl.gz%n", store.toAbsolutePath());
            return ScholarlyWorks.none();
        }
        try (AnalyticsStore analytics = AnalyticsStore.open(store)) {
            ScholarlyWorks works = ScholarlyWorks.load(analytics);
            if (works.isEmpty()) {
                err.printf("The analytics store %s holds no work with a publication year and a primary topic: "
                        + "ingest works first, e.g. ./meridian ingest openalex works_sample.jsonl.gz%n",
                        analytics.path());
            }
            return works;
        }
    }

    private void write(List<IndicatorRow> rows) throws IOException {
        boolean json = "json".equalsIgnoreCase(format);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            writeTo(rows, json, stdout);
            stdout.flush();
            return;
        }
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writeTo(rows, json, file);
        }
        spec.commandLine().getErr().printf("%,d rows written to %s%n", rows.size(), out.toAbsolutePath());
    }

    private static void writeTo(List<IndicatorRow> rows, boolean json, Appendable target) {
        if (json) {
            IndicatorJson.write(rows, target);
        } else {
            IndicatorCsv.write(rows, target);
        }
    }
}
