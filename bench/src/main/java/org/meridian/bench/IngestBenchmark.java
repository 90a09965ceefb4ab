package org.meridian.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.OpenAlexSnapshot;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ReadProgress;
import org.meridian.core.scholarly.WorkFile;

/**
 * Ingest throughput on one generated multi-file snapshot, side by side in one run, every approach on all
 * threads across files: (a) the JDK's GZIPInputStream alone, the decompression bound; (b) DuckDB's
 * {@code read_ndjson} with the kept fields into a GROUP BY; (c) Meridian's reader, parsing into works and
 * aggregating by type; (d) Meridian's full ingest into a fresh DuckDB store (the application's command in a
 * child JVM with -Xmx1g); (e) DuckDB storing the same tables itself ({@code read_ndjson} into the store's tables). Prints MB/s of JSON, works/s, peak heap and resident memory per run and the
 * medians, and the ratios of (c) and (d) to (a) and (b). Figures only: nothing is asserted.
 *
 * <pre>IngestBenchmark --works 1000000 --parts 8 --runs 3 [--threads N] [--dir target/snapshot-1000000]
 *                 [--app-jar app/target/meridian.jar]</pre>
 */
public final class IngestBenchmark {

    private static final String DUCKDB_COLUMNS = "{id: 'VARCHAR', publication_year: 'INTEGER', type: 'VARCHAR', "
            + "cited_by_count: 'INTEGER', updated_date: 'VARCHAR', referenced_works: 'VARCHAR[]', "
            + "primary_topic: 'STRUCT(id VARCHAR, score DOUBLE, subfield STRUCT(id VARCHAR), field STRUCT(id VARCHAR), "
            + "domain STRUCT(id VARCHAR))', topics: 'STRUCT(id VARCHAR, score DOUBLE)[]', "
            + "authorships: 'STRUCT(author STRUCT(id VARCHAR, display_name VARCHAR), institutions STRUCT(id VARCHAR, "
            + "display_name VARCHAR, ror VARCHAR, country_code VARCHAR, type VARCHAR)[], countries VARCHAR[], "
            + "is_corresponding BOOLEAN)[]'}";

    private final List<WorkFile> files;
    private final int threads;
    private final Path snapshot;
    private final String appJar;
    private long jsonBytes;
    private long works;

    private IngestBenchmark(Path snapshot, int threads, String appJar) throws IOException {
        this.snapshot = snapshot;
        this.files = OpenAlexSnapshot.at(snapshot).workFiles();
        this.threads = threads;
        this.appJar = appJar;
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        long works = arguments.number("--works", 1_000_000);
        int parts = (int) arguments.number("--parts", 8);
        int runs = (int) arguments.number("--runs", 3);
        int threads = (int) arguments.number("--threads", Runtime.getRuntime().availableProcessors());
        Path dir = Path.of(arguments.text("--dir", "target/snapshot-" + works + "-" + parts));
        if (!Files.isDirectory(dir.resolve("works"))) {
            GenerateSnapshot.write(dir, works, parts, arguments.number("--seed", 42), (int) arguments.number("--level", 6));
        }
        new IngestBenchmark(dir, threads, arguments.text("--app-jar", null)).run(runs);
    }

    private void run(int runs) throws Exception {
        long stored = files.stream().mapToLong(WorkFile::size).sum();
        System.out.printf("snapshot %s: %d files, %,.1f MB gzip; %d threads; Java heap max %,d MB%n", snapshot, files.size(),
                stored / 1e6, threads, Runtime.getRuntime().maxMemory() >> 20);
        Map<String, List<Measurement>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Measurement m : java.util.Arrays.asList(gunzip(), duckDb(), reader(), fullIngest(), duckDbStore())) {
                if (m != null) {
                    results.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
                    System.out.println("run " + run + "  " + m);
                }
            }
        }
        System.out.printf("%nmedians of %d runs (%,.0f MB of JSON, %,d works):%n", runs, jsonBytes / 1e6, works);
        Map<String, Measurement> medians = new LinkedHashMap<>();
        results.forEach((name, list) -> {
            Measurement median = list.stream().sorted(Comparator.comparingDouble(Measurement::seconds)).toList()
                    .get(list.size() / 2);
            medians.put(name, median);
            System.out.println("  " + median);
        });
        Measurement gunzip = medians.get("(a) gunzip only");
        Measurement duck = medians.get("(b) DuckDB read_ndjson");
        for (String ours : List.of("(c) Meridian reader", "(d) Meridian ingest")) {
            Measurement m = medians.get(ours);
            if (m != null) {
                System.out.printf("  %s: wall %.2fx the decompression bound (target >= 0.5), %.2fx DuckDB (target >= 1.5);"
                        + " per CPU-second %.2fx and %.2fx%n", ours,
                        m.megabytesPerSecond() / gunzip.megabytesPerSecond(), m.megabytesPerSecond() / duck.megabytesPerSecond(),
                        m.megabytesPerCpuSecond() / gunzip.megabytesPerCpuSecond(),
                        m.megabytesPerCpuSecond() / duck.megabytesPerCpuSecond());
            }
        }
        Measurement ingest = medians.get("(d) Meridian ingest");
        Measurement duckStore = medians.get("(e) DuckDB into tables");
        if (ingest != null && duckStore != null) {
            System.out.printf("  (d) Meridian ingest: wall %.2fx DuckDB storing the same tables itself; per CPU-second %.2fx%n",
                    ingest.megabytesPerSecond() / duckStore.megabytesPerSecond(),
                    ingest.megabytesPerCpuSecond() / duckStore.megabytesPerCpuSecond());
        }
    }

    private Measurement gunzip() throws Exception {
        Memory.resetPeaks();
        ConcurrentLinkedQueue<WorkFile> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong bytes = new AtomicLong();
        double cpu = Memory.processCpuSeconds();
        long started = System.nanoTime();
        inParallel(() -> {
            byte[] buffer = new byte[1 << 20];
            for (WorkFile file = queue.poll(); file != null; file = queue.poll()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file.path()), 1 << 16)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        bytes.addAndGet(read);
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        jsonBytes = bytes.get();
        works = files.stream().mapToLong(WorkFile::expectedRecords).sum();
        return measured("(a) gunzip only", jsonBytes, works, seconds, cpu);
    }

    private Measurement duckDb() throws Exception {
        Memory.resetPeaks();
        String fileList = files.stream().map(f -> "'" + f.path() + "'").collect(Collectors.joining(", ", "[", "]"));
        double cpu = Memory.processCpuSeconds();
        long started = System.nanoTime();
        long counted = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            try (ResultSet rows = statement.executeQuery("SELECT type, count(*), sum(cited_by_count), "
                    + "sum(len(authorships)), sum(len(referenced_works)), count(primary_topic.subfield.id), max(updated_date) "
                    + "FROM read_ndjson(" + fileList + ", columns = " + DUCKDB_COLUMNS + ") GROUP BY type")) {
                while (rows.next()) {
                    counted += rows.getLong(2);
                }
            }
        }
        return measured("(b) DuckDB read_ndjson", jsonBytes, counted, (System.nanoTime() - started) / 1e9, cpu);
    }

    /**
     * DuckDB doing what the full ingest does: reading the same files with {@code read_ndjson} once into a staging
     * table and splitting it into the store's tables (works with their reference lists, topics, authorships,
     * affiliations) in a fresh database file, with every thread. Its own fastest way to store what Meridian keeps.
     */
    private Measurement duckDbStore() throws Exception {
        Memory.resetPeaks();
        String fileList = files.stream().map(f -> "'" + f.path() + "'").collect(Collectors.joining(", ", "[", "]"));
        Path folder = Files.createTempDirectory("meridian-bench-duckdb");
        double cpu = Memory.processCpuSeconds();
        long started = System.nanoTime();
        long stored;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("store.duckdb"));
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("CREATE TEMP TABLE raw AS SELECT row_number() OVER () AS key, * FROM read_ndjson(" + fileList
                    + ", columns = " + DUCKDB_COLUMNS + ")");
            statement.execute("""
                    CREATE TABLE works AS SELECT key, replace(id, 'https://openalex.org/', '') AS id, publication_year, type,
                           cited_by_count, replace(primary_topic.id, 'https://openalex.org/', '') AS primary_topic_id,
                           primary_topic.score AS primary_topic_score, primary_topic.subfield.id AS primary_subfield_id,
                           primary_topic.field.id AS primary_field_id, primary_topic.domain.id AS primary_domain_id,
                           len(authorships) AS authorship_count, updated_date,
                           list_transform(referenced_works, lambda r: CAST(replace(r, 'https://openalex.org/W', '') AS BIGINT))
                               AS referenced_works
                    FROM raw""");
            statement.execute("""
                    CREATE TABLE work_topics AS SELECT key AS work_key, CAST(generate_subscripts(topics, 1) - 1 AS SMALLINT) AS position,
                           replace(unnest(topics).id, 'https://openalex.org/', '') AS topic_id, unnest(topics).score AS score
                    FROM raw""");
            statement.execute("""
                    CREATE TABLE authorships AS SELECT key AS work_key, CAST(generate_subscripts(authorships, 1) - 1 AS SMALLINT) AS position,
                           unnest(authorships) AS a FROM raw""");
            statement.execute("""
                    CREATE TABLE affiliations AS SELECT work_key, position AS authorship_position,
                           CAST(generate_subscripts(a.institutions, 1) - 1 AS SMALLINT) AS position, unnest(a.institutions) AS i
                    FROM authorships""");
            statement.execute("""
                    CREATE OR REPLACE TABLE affiliations AS SELECT work_key, authorship_position, position,
                           replace(i.id, 'https://openalex.org/', '') AS institution_id, i.ror, i.country_code, i.type, i.display_name
                    FROM affiliations""");
            statement.execute("""
                    CREATE OR REPLACE TABLE authorships AS SELECT work_key, position,
                           replace(a.author.id, 'https://openalex.org/', '') AS author_id, a.author.display_name AS author_name,
                           array_to_string(a.countries, ',') AS countries, coalesce(a.is_corresponding, false) AS is_corresponding
                    FROM authorships""");
            statement.execute("CHECKPOINT");
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM works")) {
                row.next();
                stored = row.getLong(1);
            }
        }
        Measurement measured = measured("(e) DuckDB into tables", jsonBytes, stored, (System.nanoTime() - started) / 1e9, cpu);
        deleteTree(folder);
        return measured;
    }

    private Measurement reader() throws Exception {
        Memory.resetPeaks();
        ConcurrentLinkedQueue<WorkFile> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong bytes = new AtomicLong();
        AtomicLong read = new AtomicLong();
        double cpu = Memory.processCpuSeconds();
        long started = System.nanoTime();
        inParallel(() -> {
            OpenAlexWorkReader reader = new OpenAlexWorkReader();
            Map<String, long[]> byType = new HashMap<>();
            for (WorkFile file = queue.poll(); file != null; file = queue.poll()) {
                FileReading reading = reader.read(file, (work, line) -> {
                    long[] sums = byType.computeIfAbsent(String.valueOf(work.type()), t -> new long[4]);
                    sums[0]++;
                    sums[1] += work.citedByCount();
                    sums[2] += work.authorships().size();
                    sums[3] += work.referencedWorks().size();
                }, ReadProgress.NONE, false);
                bytes.addAndGet(reading.jsonBytes());
                read.addAndGet(reading.works());
            }
        });
        return measured("(c) Meridian reader", bytes.get(), read.get(), (System.nanoTime() - started) / 1e9, cpu);
    }

    private Measurement fullIngest() throws Exception {
        if (appJar == null) {
            return null;
        }
        Path store = Files.createTempDirectory("meridian-bench").resolve("analytics.duckdb");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx1g", "-jar", appJar,
                "ingest", "openalex", snapshot.toString(), "--store", store.toString(), "--threads", String.valueOf(threads))
                .redirectErrorStream(true).start();
        long started = System.nanoTime();
        long peakResident = 0;
        double cpu = -1;
        long ingested = -1;
        long peakHeap = -1;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                peakResident = Math.max(peakResident, Memory.peakResidentBytes(child.pid()));
                cpu = Math.max(cpu, Memory.processCpuSeconds(child.pid()));
                if (line.contains("peak Java heap:")) {
                    peakHeap = Long.parseLong(line.replaceAll(".*peak Java heap: ([\\d,]+) MB.*", "$1").replace(",", "")) << 20;
                }
                if (line.contains("works read:")) {
                    ingested = Long.parseLong(line.replaceAll(".*works read: ([\\d,]+).*", "$1").replace(",", ""));
                }
            }
        }
        int exit = child.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        deleteTree(store.getParent());
        if (exit != 0) {
            System.out.println("full ingest exited with " + exit);
        }
        return new Measurement("(d) Meridian ingest", jsonBytes, ingested, seconds, cpu, peakHeap, peakResident);
    }

    private Measurement measured(String name, long bytes, long workCount, double seconds, double cpuFrom) {
        return new Measurement(name, bytes, workCount, seconds, Memory.processCpuSeconds() - cpuFrom, Memory.peakHeapBytes(),
                Memory.peakResidentBytes(ProcessHandle.current().pid()));
    }

    private interface Task {
        void run() throws Exception;
    }

    private void inParallel(Task task) throws Exception {
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, files.size()); t++) {
            Thread worker = new Thread(() -> {
                try {
                    task.run();
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** One approach's figures for one run; -1 where a figure is not known. */
    record Measurement(String name, long jsonBytes, long works, double seconds, double cpuSeconds, long peakHeapBytes,
            long peakResidentBytes) {

        double megabytesPerSecond() {
            return jsonBytes / seconds / 1e6;
        }

        /** Throughput per CPU-second of the process: less disturbed than wall time on a shared machine. */
        double megabytesPerCpuSecond() {
            return cpuSeconds > 0 ? jsonBytes / cpuSeconds / 1e6 : Double.NaN;
        }

        @Override
        public String toString() {
            return String.format("%-24s %7.1f s  %7.0f MB/s  %9.0f works/s  cpu %6.1f s = %5.0f MB/cpu-s  heap %s  RSS %s",
                    name, seconds, megabytesPerSecond(), works / seconds, cpuSeconds, megabytesPerCpuSecond(),
                    megabytes(peakHeapBytes), megabytes(peakResidentBytes));
        }

        private static String megabytes(long bytes) {
            return bytes < 0 ? "   n/a" : String.format("%,5d MB", bytes >> 20);
        }
    }
}
