package org.meridian.app.scholarly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.meridian.core.scholarly.ProblemTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Ingests started from the web: one at a time, of a snapshot path on the server, in a background thread of this
 * process (which holds the analytics store). The latest run stays visible, with its live progress and problems,
 * until the next one starts; runs that ended are listed from the store's {@code ingest_runs}.
 */
@Service
public class IngestJobs {

    /** Why a start was refused. */
    public enum Refusal { NO_PATH, NOT_FOUND, THREADS, RUNNING, STORE_UNAVAILABLE }

    /** The most files read at once that a web ingest accepts. */
    public static final int MAX_THREADS = 64;

    private final ObjectProvider<AnalyticsStore> store;
    private final AnalyticsSettings settings;
    private final ScholarlyEvidence evidence;
    private volatile WebIngest latest;

    IngestJobs(ObjectProvider<AnalyticsStore> store, AnalyticsSettings settings, ScholarlyEvidence evidence) {
        this.store = store;
        this.settings = settings;
        this.evidence = evidence;
    }

    /** Starts ingesting {@code path} with every core. */
    public Optional<Refusal> start(String path) {
        return start(path, null);
    }

    /**
     * Starts ingesting {@code path}, reading {@code threads} files at once (null: one per core), unless a run is going
     * on or the path, the thread count or the store is unusable.
     */
    public synchronized Optional<Refusal> start(String path, Integer threads) {
        if (path == null || path.isBlank()) {
            return Optional.of(Refusal.NO_PATH);
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            return Optional.of(Refusal.THREADS);
        }
        Path snapshot = Path.of(path.strip()).toAbsolutePath().normalize();
        if (!Files.exists(snapshot)) {
            return Optional.of(Refusal.NOT_FOUND);
        }
        if (latest != null && latest.running()) {
            return Optional.of(Refusal.RUNNING);
        }
        AnalyticsStore analytics;
        try {
            analytics = store.getObject();
        } catch (RuntimeException unavailable) {
            return Optional.of(Refusal.STORE_UNAVAILABLE);
        }
        WebIngest run = new WebIngest(snapshot, new IngestingOpenAlex(analytics,
                threads == null ? IngestOptions.defaults() : new IngestOptions(threads, IngestOptions.defaults().maxRejectedShare())), Instant.now());
        latest = run;
        Thread worker = new Thread(() -> run.execute(evidence), "web-ingest");
        worker.setDaemon(true);
        worker.start();
        return Optional.empty();
    }

    /** The run started last from the web, running or ended. */
    public Optional<WebIngest> latest() {
        return Optional.ofNullable(latest);
    }

    /** Ingest runs that ended (from the command line or the web), latest first; none while the store is absent. */
    public List<IngestRun> pastRuns() throws SQLException {
        return storeExists() ? store.getObject().ingestRuns() : List.of();
    }

    /** Files in the store's manifest, in path order; none while the store is absent. */
    public List<IngestedFile> ingestedFiles() throws SQLException {
        return storeExists() ? store.getObject().ingestedFiles() : List.of();
    }

    private boolean storeExists() {
        return settings.path() != null && Files.exists(settings.path());
    }

    /** One ingest started from the web. */
    public static final class WebIngest {

        private static final Logger log = LoggerFactory.getLogger(WebIngest.class);
        private final Path path;
        private final IngestingOpenAlex ingesting;
        private final Instant startedAt;
        private volatile boolean running = true;
        private volatile IngestReport report;
        private volatile String failure;

        WebIngest(Path path, IngestingOpenAlex ingesting, Instant startedAt) {
            this.path = path;
            this.ingesting = ingesting;
            this.startedAt = startedAt;
        }

        void execute(ScholarlyEvidence evidence) {
            try {
                report = ingesting.ingest(path, reading -> { });
            } catch (Exception e) {
                log.warn("The ingest of {} started from the web failed", path, e);
                failure = String.valueOf(e.getMessage());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            } finally {
                running = false;
                evidence.refresh();
            }
        }

        public Path path() {
            return path;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public boolean running() {
            return running;
        }

        public IngestStatus status() {
            return ingesting.status();
        }

        /** Problems of the files read so far, by kind with samples. */
        public ProblemTally problems() {
            return ingesting.problems();
        }

        /** The run's report once it has ended normally, else null. */
        public IngestReport report() {
            return report;
        }

        /** What stopped the run, or null. */
        public String failure() {
            return failure;
        }
    }
}
