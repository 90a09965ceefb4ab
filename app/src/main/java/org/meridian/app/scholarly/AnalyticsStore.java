package org.meridian.app.scholarly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;

/**
 * The embedded DuckDB analytics store of ingested OpenAlex works: columnar tables {@code works},
 * {@code work_topics}, {@code authorships}, {@code affiliations} (a view of {@code work_affiliations} and
 * {@code affiliation_institutions}), the dimensions
 * {@code topics} and {@code institutions}, the manifest {@code ingest_files} / {@code ingest_problems} and the
 * {@code ingest_runs} (schema: {@code scholarly/analytics-schema.sql}). The tables are derived data, created if absent, never
 * migrated. One store per file and process; its connections may be used from several threads, one each.
 */
public final class AnalyticsStore implements AutoCloseable {

    /**
     * Moves on after every committed write to any store of this process ({@link FileMerge#inTransaction}). DuckDB
     * lets one process open a store at a time, so nothing else can change a store while it is open here: totals
     * read at one value hold until it moves.
     */
    private static final AtomicLong WRITES = new AtomicLong();

    private final Path path;
    private final DuckDBConnection connection;
    private volatile KeptTotals keptTotals;

    private record KeptTotals(long writes, StoreTotals totals) {
    }

    private AnalyticsStore(Path path, DuckDBConnection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens (creating if needed) the store at {@code path} with DuckDB's default memory limit. */
    public static AnalyticsStore open(Path path) throws SQLException {
        return open(path, null);
    }

    /**
     * Opens (creating if needed) the store at {@code path}.
     *
     * @param memoryLimit DuckDB's {@code memory_limit} (e.g. {@code 1GB}), or null for its default
     * @throws AnalyticsStoreInUse when another process holds the store (the server, or another ingest)
     */
    public static AnalyticsStore open(Path path, String memoryLimit) throws SQLException {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create the folder of the analytics store " + absolute, e);
        }
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        DuckDBConnection connection;
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute, properties);
        } catch (SQLException e) {
            throw AnalyticsStoreInUse.isLockConflict(e) ? new AnalyticsStoreInUse(absolute, e) : e;
        }
        AnalyticsStore store = new AnalyticsStore(absolute, connection);
        try (Statement statement = connection.createStatement()) {
            if (memoryLimit != null) {
                statement.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
            }
            store.checkLayout(statement);
            store.runScript(statement, "analytics-schema.sql");
            store.markInterruptedRuns(statement);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return store;
    }

    /** The layout of {@code analytics-schema.sql}; a store written with another one is refused. */
    static final int LAYOUT = 3;

    private void checkLayout(Statement statement) throws SQLException {
        boolean hasWorks;
        boolean hasLayout;
        try (ResultSet row = statement.executeQuery(
                "SELECT count(*) FILTER (WHERE table_name = 'works'), count(*) FILTER (WHERE table_name = 'store_layout') "
                        + "FROM information_schema.tables WHERE table_schema = 'main'")) {
            row.next();
            hasWorks = row.getLong(1) > 0;
            hasLayout = row.getLong(2) > 0;
        }
        Integer layout = null;
        if (hasLayout) {
            try (ResultSet version = statement.executeQuery("SELECT max(version) FROM store_layout")) {
                version.next();
                layout = (Integer) version.getObject(1);
            }
        }
        if (hasWorks && (layout == null || layout != LAYOUT)) {
            throw new SQLException("The analytics store " + path + " was written by another version of Meridian (layout "
                    + (layout == null ? 1 : layout) + ", this version reads layout " + LAYOUT + "). It holds derived data only:"
                    + " move it aside and ingest the snapshot again.");
        }
        if (!hasWorks) {
            statement.execute("CREATE TABLE IF NOT EXISTS store_layout (version INTEGER NOT NULL)");
            statement.execute("DELETE FROM store_layout");
            statement.execute("INSERT INTO store_layout VALUES (" + LAYOUT + ")");
        }
    }

    /** Only one process opens a store at a time: a run still RUNNING when it does was cut short. */
    private void markInterruptedRuns(Statement statement) throws SQLException {
        statement.execute("UPDATE ingest_runs SET state = 'INTERRUPTED' WHERE state = 'RUNNING'");
    }

    public Path path() {
        return path;
    }

    /** A further connection to the same database, for one thread. */
    DuckDBConnection newConnection() throws SQLException {
        return connection.duplicate();
    }

    void runScript(Statement statement, String resource) throws SQLException {
        for (String sql : script(resource).split(";\\s*\n")) {
            String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "").trim();
            if (!withoutComments.isEmpty()) {
                statement.execute(withoutComments);
            }
        }
    }

    private static String script(String resource) {
        try (InputStream in = AnalyticsStore.class.getResourceAsStream("/scholarly/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource scholarly/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the selected works as core {@link Work}s, ordered by id; close the stream when done. Topic
     * names come from the {@code topics} table; references are read only when the selection asks for them.
     */
    public Stream<Work> works(WorkSelection selection) throws SQLException {
        return new StoredWorks(newConnection(), topics()).stream(selection);
    }

    /** Hands every selected work, in id order, to {@code action}. */
    public void forEachWork(WorkSelection selection, Consumer<Work> action) throws SQLException {
        try (Stream<Work> works = works(selection)) {
            works.forEach(action);
        }
    }

    /** Says that a write to a store of this process has committed (or failed): totals are counted again. */
    static void written() {
        WRITES.incrementAndGet();
    }

    /**
     * Counts over all stored works, counted again only after a write: callers check them on every request to see
     * whether what they derived from the works still holds.
     */
    public StoreTotals totals() throws SQLException {
        long writes = WRITES.get();
        KeptTotals kept = keptTotals;
        if (kept != null && kept.writes() == writes) {
            return kept.totals();
        }
        StoreTotals totals = countTotals();
        keptTotals = new KeptTotals(writes, totals);
        return totals;
    }

    private StoreTotals countTotals() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE publication_year IS NULL),
                               count(*) FILTER (WHERE primary_topic_id IS NULL),
                               (SELECT count(*) FROM ingest_files)
                        FROM works""")) {
            row.next();
            return new StoreTotals(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
        }
    }

    /** The topic taxonomy by topic id. */
    public Map<String, TopicTaxon> topics() throws SQLException {
        Map<String, TopicTaxon> topics = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT id, display_name, subfield_id, subfield_name, field_id, field_name, domain_id, domain_name
                        FROM topics ORDER BY id""")) {
            while (rows.next()) {
                topics.put(rows.getString(1), new TopicTaxon(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
            }
        }
        return topics;
    }

    /** Institutions from the snapshot's {@code institutions} entity files, by id. */
    public Map<String, Affiliation> institutions() throws SQLException {
        Map<String, Affiliation> institutions = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, ror, country_code, type, display_name FROM institutions ORDER BY id")) {
            while (rows.next()) {
                institutions.put(rows.getString(1), new Affiliation(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        return institutions;
    }

    /** The files ingested so far, in path order. */
    public List<IngestedFile> ingestedFiles() throws SQLException {
        List<IngestedFile> files = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT path, kind, size, sha256, lines, works, rejected_lines, complete
                        FROM ingest_files ORDER BY path""")) {
            while (rows.next()) {
                files.add(new IngestedFile(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                        rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getBoolean(8)));
            }
        }
        return files;
    }

    /** The ingest runs, latest first. */
    public List<IngestRun> ingestRuns() throws SQLException {
        List<IngestRun> runs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT path, started_at, finished_at, state, files_ingested, files_skipped, works, lines,
                               rejected_lines, json_bytes, failure
                        FROM ingest_runs ORDER BY started_at DESC""")) {
            while (rows.next()) {
                Timestamp finished = rows.getTimestamp(3);
                runs.add(new IngestRun(rows.getString(1), rows.getTimestamp(2).toInstant(), finished == null ? null : finished.toInstant(),
                        rows.getString(4), rows.getInt(5), rows.getInt(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                        rows.getLong(10), rows.getString(11)));
            }
        }
        return runs;
    }

    /** Records that a run of {@code snapshot} started; its row says RUNNING until {@link #finishRun}. */
    int startRun(Path snapshot, java.time.Instant startedAt) throws SQLException {
        try (Connection recording = newConnection(); Statement statement = recording.createStatement()) {
            int id;
            try (ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM ingest_runs")) {
                row.next();
                id = row.getInt(1);
            }
            try (PreparedStatement insert = recording.prepareStatement(
                    "INSERT INTO ingest_runs VALUES (?, ?, ?, NULL, 'RUNNING', 0, 0, 0, 0, 0, 0, NULL)")) {
                insert.setInt(1, id);
                insert.setString(2, snapshot.toAbsolutePath().normalize().toString());
                insert.setTimestamp(3, Timestamp.from(startedAt));
                insert.execute();
            }
            written();
            return id;
        }
    }

    void finishRun(int id, IngestRun run) throws SQLException {
        try (Connection recording = newConnection(); PreparedStatement update = recording.prepareStatement("""
                UPDATE ingest_runs SET finished_at = ?, state = ?, files_ingested = ?, files_skipped = ?, works = ?, lines = ?,
                       rejected_lines = ?, json_bytes = ?, failure = ?
                WHERE id = ?""")) {
            update.setTimestamp(1, Timestamp.from(run.finishedAt()));
            update.setString(2, run.state());
            update.setInt(3, run.filesIngested());
            update.setInt(4, run.filesSkipped());
            update.setLong(5, run.works());
            update.setLong(6, run.lines());
            update.setLong(7, run.rejectedLines());
            update.setLong(8, run.jsonBytes());
            update.setString(9, run.failure());
            update.setInt(10, id);
            update.execute();
            written();
        }
    }

    /** Runs a read-only query for callers that aggregate in SQL (the indicator engine, reports). */
    public <T> T query(String sql, ResultSetReader<T> reader) throws SQLException {
        try (Connection reading = newConnection(); Statement statement = reading.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return reader.read(rows);
        }
    }

    /** Reads a result set into a value. */
    @FunctionalInterface
    public interface ResultSetReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
