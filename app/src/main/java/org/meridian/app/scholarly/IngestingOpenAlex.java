package org.meridian.app.scholarly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.OpenAlexEntities;
import org.meridian.core.scholarly.OpenAlexSnapshot;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ProblemTally;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.WorkFile;

/**
 * Ingests an OpenAlex snapshot (or one works file) into the {@link AnalyticsStore}. Entity files first
 * (institutions, topics: their names), then the work files, one file per thread: each thread reads its file
 * with the core reader and appends its works straight to the store in one transaction with the file's manifest
 * row ({@link WorkAppending}); threads do not wait for each other. When all files are in, {@link LatestVersions}
 * keeps one version of each work. A file already in the manifest with the same size and SHA-256 is skipped, so an
 * interrupted run, even one killed outright, resumes where it stopped and ends with the same store as an
 * uninterrupted one. Memory stays constant: a reader holds one buffer, appended rows go to DuckDB.
 */
public final class IngestingOpenAlex {

    private final AnalyticsStore store;
    private final IngestOptions options;
    private final IngestProgress progress = new IngestProgress();
    private volatile RunTotals totals;
    private Map<String, Integer> fileIds = Map.of();

    public IngestingOpenAlex(AnalyticsStore store, IngestOptions options) {
        this.store = store;
        this.options = options;
    }

    /** The current state of the run, for polling. */
    public IngestStatus status() {
        return progress.status();
    }

    /**
     * Ingests {@code snapshot}; {@code fileDone} hears of each file merged, in completion order.
     *
     * @throws SQLException when the store fails (the files merged before stay in it)
     */
    public IngestReport ingest(Path snapshot, Consumer<FileReading> fileDone) throws IOException, SQLException,
            InterruptedException {
        Instant started = Instant.now();
        OpenAlexSnapshot files = OpenAlexSnapshot.at(snapshot);
        Map<String, IngestedFile> ingested = store.ingestedFiles().stream()
                .collect(Collectors.toMap(IngestedFile::path, f -> f));
        List<WorkFile> entityFiles = new ArrayList<>(files.institutionFiles());
        entityFiles.addAll(files.topicFiles());
        List<WorkFile> toRead = new ArrayList<>();
        int skipped = 0;
        for (WorkFile file : files.workFiles()) {
            if (alreadyIngested(file, ingested)) {
                skipped++;
            } else {
                toRead.add(file);
            }
        }
        progress.start(files.workFiles().size(), skipped, toRead.stream().mapToLong(WorkFile::size).sum());
        RunTotals totals = new RunTotals(options.maxRejectedShare());
        this.totals = totals;
        int run = store.startRun(snapshot, started);
        try {
            try (Connection connection = store.newConnection()) {
                LatestVersions.resolve(connection);
                fileIds = LatestVersions.numberFiles(connection, toRead.stream().map(f -> f.path().toString()).toList());
            }
            for (WorkFile file : entityFiles) {
                if (!alreadyIngested(file, ingested)) {
                    totals.addEntities(ingestEntities(file, files.institutionFiles().contains(file)));
                }
            }
            readInParallel(toRead, reading -> {
                totals.add(reading);
                fileDone.accept(reading);
            });
            try (Connection connection = store.newConnection()) {
                progress.resolving();
                LatestVersions.resolve(connection);
            }
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            progress.finish(false);
            recordAfterFailure(run, totals.run(snapshot, started, skipped, "FAILED", String.valueOf(e.getMessage())));
            throw e;
        }
        IngestReport report = totals.report(skipped, progress.elapsed());
        store.finishRun(run, totals.run(snapshot, started, skipped, report.passed() ? "SUCCEEDED" : "FAILED", null));
        progress.finish(report.passed());
        return report;
    }

    /** The problems of the files read so far in the current run, counted by kind with their first samples. */
    public ProblemTally problems() {
        ProblemTally copy = new ProblemTally();
        RunTotals current = totals;
        if (current != null) {
            copy.add(current.problems);
        }
        return copy;
    }

    private void recordAfterFailure(int id, IngestRun run) {
        try {
            store.finishRun(id, run);
        } catch (SQLException storeUnusable) {
            // The run's own failure is the one to report; a store that cannot record it has failed with it.
        }
    }

    private void readInParallel(List<WorkFile> files, Consumer<FileReading> done) throws SQLException, IOException,
            InterruptedException {
        ConcurrentLinkedQueue<WorkFile> queue = new ConcurrentLinkedQueue<>(files);
        AtomicReference<Exception> failure = new AtomicReference<>();
        int threads = Math.max(1, Math.min(options.threads(), files.size()));
        try (Connection settings = store.newConnection(); Statement statement = settings.createStatement()) {
            statement.execute("SET threads = " + databaseThreads(threads));
            statement.execute("SET checkpoint_threshold = '64GB'");
            try {
                readWith(threads, queue, failure, done);
            } finally {
                statement.execute("RESET threads");
                statement.execute("RESET checkpoint_threshold");
            }
        }
        Exception failed = failure.get();
        if (failed instanceof SQLException e) {
            throw e;
        } else if (failed instanceof IOException e) {
            throw e;
        } else if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /**
     * DuckDB's own threads while files are read: the cores the readers leave free, plus one for the commits, which
     * alternate with reading. More would only compete with the readers for the same cores. The setting holds for the whole store, so other queries of this
     * process (the server's pages) get as many while an ingest runs.
     */
    static int databaseThreads(int readers) {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - readers + 1);
    }

    private void readWith(int threads, ConcurrentLinkedQueue<WorkFile> queue, AtomicReference<Exception> failure,
            Consumer<FileReading> done) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                OpenAlexWorkReader reader = new OpenAlexWorkReader();
                try (WorkAppending appending = new WorkAppending(store)) {
                    for (WorkFile file = queue.poll(); file != null && failure.get() == null; file = queue.poll()) {
                        appending.begin(fileIds.get(file.path().toString()));
                        FileReading reading;
                        try {
                            reading = reader.read(file, appending, progress, true);
                            appending.commit(reading);
                        } catch (IOException | SQLException | RuntimeException e) {
                            appending.abort();
                            throw e;
                        }
                        progress.fileDone(reading.rejectedLines());
                        done.accept(reading);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "ingest-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private FileReading ingestEntities(WorkFile file, boolean institutions) throws IOException, SQLException {
        ProblemTally problems = new ProblemTally();
        List<Affiliation> institutionRows = new ArrayList<>();
        List<TopicTaxon> topicRows = new ArrayList<>();
        if (institutions) {
            OpenAlexEntities.readInstitutions(file, institutionRows::add, problems);
        } else {
            OpenAlexEntities.readTopics(file, topicRows::add, problems);
        }
        int rows = institutions ? institutionRows.size() : topicRows.size();
        FileReading reading = new FileReading(file, rows + problems.rejectedLines(), rows, 0, 0, 0, sha256(file.path()), true,
                problems, List.of());
        try (Connection connection = store.newConnection()) {
            try (Statement statement = connection.createStatement()) {
                store.runScript(statement, "staging-schema.sql");
                statement.execute("DELETE FROM staged_institutions");
                statement.execute("DELETE FROM staged_topics");
            }
            DuckDBConnection duck = (DuckDBConnection) connection;
            try (DuckDBAppender staged = duck.createAppender("temp", "main", institutions ? "staged_institutions" : "staged_topics")) {
                if (institutions) {
                    for (int i = 0; i < institutionRows.size(); i++) {
                        Affiliation institution = institutionRows.get(i);
                        staged.beginRow().append(i);
                        appendAll(staged, institution.id(), institution.ror(), institution.countryCode(), institution.type(),
                                institution.displayName());
                        staged.endRow();
                    }
                } else {
                    for (TopicTaxon t : topicRows) {
                        staged.beginRow();
                        appendAll(staged, t.topicId(), t.topicName(), t.subfieldId(), t.subfieldName(), t.fieldId(), t.fieldName(),
                                t.domainId(), t.domainName());
                        staged.endRow();
                    }
                }
            }
            FileManifest.inTransaction(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(institutions ? """
                            INSERT OR REPLACE INTO institutions
                            SELECT institution_id, display_name, ror, country_code, type FROM staged_institutions
                            WHERE institution_id IS NOT NULL
                            QUALIFY row_number() OVER (PARTITION BY institution_id ORDER BY institution DESC) = 1"""
                            : "INSERT OR REPLACE INTO topics SELECT DISTINCT ON (id) * FROM staged_topics");
                }
                FileManifest.record(connection, institutions ? "institutions" : "topics", 0, true, reading);
            });
        }
        return reading;
    }

    private static void appendAll(DuckDBAppender row, String... values) throws SQLException {
        for (String value : values) {
            if (value == null) {
                row.appendNull();
            } else {
                row.append(value);
            }
        }
    }

    private static boolean alreadyIngested(WorkFile file, Map<String, IngestedFile> ingested) throws IOException {
        IngestedFile known = ingested.get(file.path().toString());
        return known != null && known.size() == file.size() && known.sha256() != null
                && known.sha256().equals(sha256(file.path()));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sums of the files read in this run. */
    private static final class RunTotals {
        private final double maxRejectedShare;
        private final ProblemTally problems = new ProblemTally();
        private int files;
        private long lines;
        private long works;
        private long rejected;
        private long withoutYear;
        private long withoutTopic;
        private long jsonBytes;

        RunTotals(double maxRejectedShare) {
            this.maxRejectedShare = maxRejectedShare;
        }

        synchronized void add(FileReading reading) {
            files++;
            lines += reading.lines();
            works += reading.works();
            rejected += reading.rejectedLines();
            withoutYear += reading.worksWithoutYear();
            withoutTopic += reading.worksWithoutPrimaryTopic();
            jsonBytes += reading.jsonBytes();
            problems.add(reading.problems());
        }

        /** Entity files count for lines and problems, not for works. */
        synchronized void addEntities(FileReading reading) {
            lines += reading.lines();
            rejected += reading.rejectedLines();
            problems.add(reading.problems());
        }

        synchronized IngestRun run(Path snapshot, Instant started, int skipped, String state, String failure) {
            return new IngestRun(snapshot.toAbsolutePath().normalize().toString(), started, Instant.now(), state, files,
                    skipped, works, lines, rejected, jsonBytes, failure);
        }

        synchronized IngestReport report(int skipped, Duration elapsed) {
            return new IngestReport(files, skipped, lines, works, rejected, withoutYear, withoutTopic, jsonBytes, elapsed,
                    maxRejectedShare, problems);
        }
    }
}
