package org.meridian.app.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SnapshotWriter;

/** A real kill: the ingest runs in a child JVM that is destroyed forcibly after its first committed file. */
class IngestAfterKillTests {

    private static final List<String> TABLES = List.of("works", "work_topics", "authorships", "affiliations",
            "topics", "institutions", "ingest_problems", "ingest_file_ids");

    @TempDir
    Path folder;

    @Test
    void aRunKilledMidwayAndStartedAgainEndsWithTheStoreOfAnUninterruptedRun() throws Exception {
        Path snapshot = folder.resolve("snapshot");
        new SnapshotWriter(8, List.of("2025-01-01", "2025-02-01"), 1).write(snapshot, GeneratorSettings.of(4_000, 9));
        Path interrupted = folder.resolve("interrupted.duckdb");
        Path uninterrupted = folder.resolve("uninterrupted.duckdb");

        Process child = ingestInChild(snapshot, interrupted);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null && !line.startsWith("file done:"); line = output.readLine()) {
                continue;
            }
            child.destroyForcibly();
            child.waitFor();
        }
        long filesAfterKill;
        try (AnalyticsStore store = AnalyticsStore.open(interrupted)) {
            filesAfterKill = store.ingestedFiles().stream().filter(f -> f.kind().equals("works")).count();
        }
        Process resumed = ingestInChild(snapshot, interrupted);
        resumed.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(resumed.waitFor()).isZero();
        try (AnalyticsStore store = AnalyticsStore.open(interrupted)) {
            assertThat(store.ingestRuns()).extracting(IngestRun::state).containsExactly("SUCCEEDED", "INTERRUPTED");
        }
        try (AnalyticsStore store = AnalyticsStore.open(uninterrupted)) {
            new IngestingOpenAlex(store, new IngestOptions(2, 0.01)).ingest(snapshot, reading -> { });
        }

        assertThat(filesAfterKill).isBetween(1L, 7L);
        Map<String, List<String>> expected = contents(uninterrupted);
        Map<String, List<String>> actual = contents(interrupted);
        assertThat(expected.get("works")).hasSize(4_000);
        assertThat(expected.get("ingest_files")).hasSize(10);
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
        }
    }

    private static Process ingestInChild(Path snapshot, Path store) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.meridian.app.cli.MeridianCommand", "ingest", "openalex", snapshot.toString(), "--store", store.toString(),
                "--threads", "1").redirectErrorStream(true).start();
    }

    private static Map<String, List<String>> contents(Path path) throws Exception {
        Map<String, List<String>> contents = new TreeMap<>();
        try (AnalyticsStore store = AnalyticsStore.open(path)) {
            for (String table : TABLES) {
                contents.put(table, rows(store, "SELECT * FROM " + table + " ORDER BY ALL"));
            }
            contents.put("ingest_files", rows(store, "SELECT * EXCLUDE (ingested_at) FROM ingest_files ORDER BY ALL"));
        }
        return contents;
    }

    private static List<String> rows(AnalyticsStore store, String sql) throws Exception {
        return store.query(sql, result -> {
            List<String> rows = new ArrayList<>();
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
            return rows;
        });
    }
}
