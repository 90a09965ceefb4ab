package org.meridian.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.IngestOptions;
import org.meridian.app.scholarly.IngestReport;
import org.meridian.app.scholarly.IngestingOpenAlex;
import org.meridian.app.scholarly.StoreTotals;
import org.meridian.core.scholarly.ProblemKind;
import org.meridian.core.scholarly.ProblemSample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meridian ingest openalex PATH}: ingests an OpenAlex snapshot or works file into the analytics store.
 * Exit code 0 when the share of rejected lines is within {@code --max-rejected-share}, 2 when above, 1 on
 * failure. Runs without the web application.
 */
@Command(name = "openalex", mixinStandardHelpOptions = true,
        description = "Ingest an OpenAlex snapshot (a folder with works/ and optional institutions/ and topics/, or a "
                + "works/ folder) or a single .jsonl / .jsonl.gz file of works. Files already ingested are skipped; "
                + "a newer version of a work replaces the stored one.",
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian ingest openalex /data/openalex-snapshot",
                "  ./meridian ingest openalex works.jsonl.gz --store /srv/meridian/analytics.duckdb --threads 4" })
class IngestOpenAlexCommand implements Callable<Integer> {

    static final int TOO_MANY_REJECTED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Snapshot folder or works file.")
    Path path;

    @Option(names = "--store", description = "Analytics store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:MERIDIAN_DATA_DIR:-./data}/analytics.duckdb")
    Path store;

    @Option(names = "--threads", description = "Files read at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-rejected-share", defaultValue = "0.01",
            description = "Exit with code 2 when more than this share of lines is rejected (default: ${DEFAULT-VALUE}).")
    double maxRejectedShare;

    @Option(names = "--memory-limit", description = "DuckDB memory limit, e.g. 1GB (default: DuckDB's own).")
    String memoryLimit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (AnalyticsStore analytics = AnalyticsStore.open(store, memoryLimit)) {
            IngestingOpenAlex ingesting = new IngestingOpenAlex(analytics, new IngestOptions(threadCount, maxRejectedShare));
            out.printf("Ingesting %s into %s with %d threads%n", path.toAbsolutePath(), analytics.path(), threadCount);
            out.flush();
            boolean terminal = System.console() != null;
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "ingest-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(() -> {
                String line = ingesting.status().line();
                out.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
                out.flush();
            }, terminal ? 1 : 10, terminal ? 1 : 10, TimeUnit.SECONDS);
            IngestReport report;
            try {
                report = ingesting.ingest(path, reading -> {
                    synchronized (out) {
                        out.printf("%sfile done: %s  %,d works  %,d rejected%n", terminal ? "\r" : "",
                                reading.file().path(), reading.works(), reading.rejectedLines());
                        out.flush();
                    }
                });
            } finally {
                ticker.shutdownNow();
            }
            out.println((terminal ? "\r" : "") + ingesting.status().line());
            summarise(out, report, analytics.totals());
            return report.passed() ? 0 : TOO_MANY_REJECTED;
        }
    }

    private static void summarise(PrintWriter out, IngestReport report, StoreTotals totals) {
        double seconds = Math.max(1e-9, report.elapsed().toNanos() / 1e9);
        out.printf("Summary: %d files ingested, %d skipped (already in the store), %.1f s%n", report.filesIngested(),
                report.filesSkipped(), seconds);
        out.printf("  works read: %,d  (%,.0f works/s, %,.0f MB/s of JSON)%n", report.works(), report.works() / seconds,
                report.jsonBytes() / seconds / 1e6);
        out.printf("  works without publication year: %,d; without primary topic: %,d%n", report.worksWithoutYear(),
                report.worksWithoutPrimaryTopic());
        out.printf("  rejected lines: %,d of %,d (%.3f%%, threshold %.3f%%)%n", report.rejectedLines(), report.lines(),
                100 * report.rejectedShare(), 100 * report.maxRejectedShare());
        for (ProblemKind kind : ProblemKind.values()) {
            long count = report.problems().count(kind);
            if (count > 0) {
                out.printf("  %s: %,d%s%n", kind, count, kind.rejectsLine() ? " (lines rejected)" : "");
                for (ProblemSample sample : report.problems().samples(kind)) {
                    out.printf("      %s%s  %s%n", sample.file(), sample.line() > 0 ? ":" + sample.line() : "", sample.detail());
                }
            }
        }
        out.printf("  peak Java heap: %,d MB%n", peakHeapBytes() >> 20);
        out.printf("Store: %,d works (%,d without year, %,d without primary topic) from %,d files%n", totals.works(),
                totals.worksWithoutYear(), totals.worksWithoutPrimaryTopic(), totals.files());
        if (!report.passed()) {
            out.printf("FAILED: the share of rejected lines exceeds %.3f%%%n", 100 * report.maxRejectedShare());
        }
        out.flush();
    }

    /** The sum of the heap pools' peaks since the start of the process. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
