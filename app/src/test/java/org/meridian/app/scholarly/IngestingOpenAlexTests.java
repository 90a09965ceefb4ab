package org.meridian.app.scholarly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ProblemKind;
import org.meridian.core.scholarly.ReadProgress;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.WorkFile;

class IngestingOpenAlexTests {

    private static final Path SAMPLE = SharedSamples.openAlexWorks("works_sample.jsonl.gz");

    @TempDir
    Path folder;

    @Test
    void storesTheRealSampleAndLoadsItBackAsTheReaderReadIt() throws Exception {
        Map<String, Work> read = new HashMap<>();
        new OpenAlexWorkReader().read(new WorkFile(SAMPLE, Files.size(SAMPLE), null, -1),
                (work, line) -> read.put(work.id(), work), ReadProgress.NONE, false);

        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            IngestReport report = ingest(store, SAMPLE);
            List<Work> stored = new ArrayList<>();
            store.forEachWork(WorkSelection.all(), stored::add);

            assertThat(report.works()).isEqualTo(440);
            assertThat(report.worksWithoutPrimaryTopic()).isEqualTo(12);
            assertThat(report.passed()).isTrue();
            assertThat(stored).hasSize(440);
            assertThat(stored).extracting(Work::id).isSorted();
            for (Work work : stored) {
                assertThat(work).as(work.id()).isEqualTo(withSortedReferences(read.get(work.id())));
            }
            assertThat(store.totals()).isEqualTo(new StoreTotals(440, 0, 12, 1));
            assertThat(store.topics().get("T10841").subfieldName()).isEqualTo("Economics and Econometrics");
        }
    }

    @Test
    void countsTheTotalsAgainAfterEveryIngest() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            assertThat(store.totals()).isEqualTo(new StoreTotals(0, 0, 0, 0));
            assertThat(store.totals()).isEqualTo(new StoreTotals(0, 0, 0, 0));
            ingest(store, SAMPLE);
            assertThat(store.totals()).isEqualTo(new StoreTotals(440, 0, 12, 1));
        }
    }

    @Test
    void selectsWorksByYearsAndTypes() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            ingest(store, SAMPLE);
            List<Work> selected = new ArrayList<>();
            store.forEachWork(WorkSelection.years(2007, 2009, Set.of("book-chapter", "book")), selected::add);

            assertThat(selected).isNotEmpty().allSatisfy(work -> {
                assertThat(work.publicationYear()).isBetween(2007, 2009);
                assertThat(work.type()).isIn("book-chapter", "book");
                assertThat(work.referencedWorks()).isEmpty();
            });
            long expected = Files.readAllLines(SharedSamples.openAlexWorks("works_sample_summary.csv")).stream()
                    .map(row -> row.split(",")).filter(c -> c[1].compareTo("2007") >= 0 && c[1].compareTo("2009") <= 0 && (c[2].equals("book-chapter") || c[2].equals("book")))
                    .count();
            assertThat(selected).hasSize((int) expected);
        }
    }

    @Test
    void skipsFilesAlreadyIngested() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            ingest(store, SAMPLE);
            IngestReport again = ingest(store, SAMPLE);

            assertThat(again.filesSkipped()).isEqualTo(1);
            assertThat(again.filesIngested()).isZero();
            assertThat(store.ingestRuns()).extracting(IngestRun::state, IngestRun::filesIngested, IngestRun::filesSkipped,
                    IngestRun::works).containsExactly(tuple("SUCCEEDED", 0, 1, 0L), tuple("SUCCEEDED", 1, 0, 440L));
            assertThat(store.totals().works()).isEqualTo(440);
            assertThat(store.ingestedFiles()).singleElement().satisfies(file -> {
                assertThat(file.sha256()).isEqualTo(IngestingOpenAlex.sha256(SAMPLE));
                assertThat(file.works()).isEqualTo(440);
            });
        }
    }

    @Test
    void aNewerSnapshotReplacesChangedWorksByIdWhicheverComesFirst() throws Exception {
        Path older = snapshot("older", "2025-01-01",
                work("W1", 1, "A1", "I1", "CN") + work("W2", 2, "A2", "I2", "US"));
        Path newer = snapshot("newer", "2025-03-01", work("W1", 5, "A9", "I9", "FR"));

        for (List<Path> order : List.of(List.of(older, newer), List.of(newer, older))) {
            try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("store-" + order.get(0).getFileName() + ".duckdb"))) {
                for (Path snapshot : order) {
                    ingest(store, snapshot);
                }
                Map<String, Work> stored = new HashMap<>();
                store.forEachWork(WorkSelection.all(), w -> stored.put(w.id(), w));

                assertThat(stored).hasSize(2);
                assertThat(stored.get("W1").citedByCount()).isEqualTo(5);
                assertThat(stored.get("W1").updatedDate()).isEqualTo("2025-03-01");
                assertThat(stored.get("W1").authorships()).extracting(Authorship::authorId).containsExactly("A9");
                assertThat(stored.get("W1").authorships().get(0).countries()).containsExactly("FR");
                assertThat(stored.get("W2").citedByCount()).isEqualTo(2);
                assertThat(store.<Long>query("SELECT count(*) FROM affiliations", rows -> {
                    rows.next();
                    return rows.getLong(1);
                })).isEqualTo(2);
            }
        }
    }

    @Test
    void aFileReadAgainWithOtherContentReplacesWhatItHeldBefore() throws Exception {
        Path snapshot = snapshot("changing", "2025-01-01", work("W1", 1, "A1", "I1", "CN") + work("W2", 2, "A2", "I2", "US"));
        Path file = snapshot.resolve("works/updated_date=2025-01-01/part_000.jsonl");
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            ingest(store, snapshot);
            Files.writeString(file, work("W2", 9, "A2", "I2", "US") + work("W3", 3, "A3", "I3", "DE"));

            IngestReport again = ingest(store, snapshot);
            Map<String, Integer> citations = new HashMap<>();
            store.forEachWork(WorkSelection.all(), w -> citations.put(w.id(), w.citedByCount()));

            assertThat(again.filesIngested()).isEqualTo(1);
            assertThat(citations).containsOnly(Map.entry("W2", 9), Map.entry("W3", 3));
            assertThat(store.<Long>query("SELECT count(*) FROM authorships", rows -> {
                rows.next();
                return rows.getLong(1);
            })).isEqualTo(2);
        }
    }

    @Test
    void recordsEachRunWhenItStartsAndHowItEnded() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            ingest(store, SAMPLE);
            ingest(store, SAMPLE);

            assertThat(store.ingestRuns()).extracting(IngestRun::state, IngestRun::filesIngested, IngestRun::filesSkipped)
                    .containsExactlyInAnyOrder(tuple("SUCCEEDED", 1, 0), tuple("SUCCEEDED", 0, 1));
            assertThat(store.ingestRuns()).allSatisfy(run -> assertThat(run.duration()).isNotNull());
        }
    }

    @Test
    void refusesAStoreWrittenWithAnotherLayoutAndSaysWhatToDo() throws Exception {
        Path path = folder.resolve("old.duckdb");
        try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:duckdb:" + path);
                java.sql.Statement statement = old.createStatement()) {
            statement.execute("CREATE TABLE works (id VARCHAR, source_file VARCHAR, source_line BIGINT)");
        }

        assertThatThrownBy(() -> AnalyticsStore.open(path)).isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("another version of Meridian")
                .hasMessageContaining("ingest the snapshot again");
    }

    @Test
    void countsReferencesThatAreNotWorkIdsAndKeepsTheOthers() throws Exception {
        Path file = folder.resolve("references.jsonl");
        Files.writeString(file, work("W5", 1, "A1", "I1", "CN").replace("\"referenced_works\":[]",
                "\"referenced_works\":[\"https://openalex.org/W12\",\"https://openalex.org/A3\",\"W7\"]"));
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            IngestReport report = ingest(store, file);
            List<Work> stored = new ArrayList<>();
            store.forEachWork(WorkSelection.all(), stored::add);

            assertThat(report.problems().count(ProblemKind.WRONG_TYPE)).isEqualTo(1);
            assertThat(stored.get(0).referencedWorks()).containsExactly("W12", "W7");
        }
    }

    @Test
    void keepsTheLatestVersionWhenOneFileHoldsAWorkTwice() throws Exception {
        Path file = folder.resolve("twice.jsonl");
        Files.writeString(file, work("W7", 3, "A1", "I1", "CN").replace("\"updated_date\":null", "\"updated_date\":\"2025-05-01\"")
                + work("W7", 1, "A1", "I1", "CN").replace("\"updated_date\":null", "\"updated_date\":\"2024-01-01\""));
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            ingest(store, file);
            List<Work> stored = new ArrayList<>();
            store.forEachWork(WorkSelection.all(), stored::add);

            assertThat(stored).singleElement().satisfies(w -> assertThat(w.citedByCount()).isEqualTo(3));
        }
    }

    @Test
    void failsTheRunWhenRejectedLinesExceedTheThresholdButKeepsTheGoodOnes() throws Exception {
        Path file = folder.resolve("bad.jsonl");
        Files.writeString(file, work("W1", 1, "A1", "I1", "CN") + "{broken\n" + work("W2", 1, "A2", "I2", "DE"));
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            IngestReport report = ingest(store, file);

            assertThat(report.rejectedLines()).isEqualTo(1);
            assertThat(report.rejectedShare()).isEqualTo(1.0 / 3);
            assertThat(report.passed()).isFalse();
            assertThat(report.problems().samples(ProblemKind.MALFORMED_JSON)).singleElement()
                    .satisfies(sample -> assertThat(sample.line()).isEqualTo(2));
            assertThat(store.totals().works()).isEqualTo(2);
            assertThat(store.<String>query("SELECT kind, count, sample_line FROM ingest_problems", rows -> {
                rows.next();
                return rows.getString(1) + " " + rows.getLong(2) + " " + rows.getLong(3);
            })).isEqualTo("MALFORMED_JSON 1 2");
        }
    }

    @Test
    void givesDuckDbTheCoresTheReadersLeaveAndRestoresItsThreadsAfterwards() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(IngestingOpenAlex.databaseThreads(cores)).isEqualTo(1);
        assertThat(IngestingOpenAlex.databaseThreads(cores + 4)).isEqualTo(1);
        assertThat(IngestingOpenAlex.databaseThreads(1)).isEqualTo(cores);
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            long before = threads(store);
            ingest(store, SAMPLE);

            assertThat(threads(store)).isEqualTo(before);
        }
    }

    private static long threads(AnalyticsStore store) throws Exception {
        return store.query("SELECT current_setting('threads')", rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private IngestReport ingest(AnalyticsStore store, Path path) throws Exception {
        return new IngestingOpenAlex(store, new IngestOptions(2, 0.01)).ingest(path, reading -> { });
    }

    private Path snapshot(String name, String date, String lines) throws Exception {
        Path file = folder.resolve(name).resolve("works/updated_date=" + date + "/part_000.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines);
        return folder.resolve(name);
    }

    /** A work in OpenAlex form without its own updated_date, so that its partition's date applies. */
    private static String work(String id, int citations, String author, String institution, String country) {
        return "{\"id\":\"https://openalex.org/" + id + "\",\"publication_year\":2020,\"type\":\"article\",\"cited_by_count\":"
                + citations + ",\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/" + author
                + "\",\"display_name\":\"Author " + author + "\"},\"institutions\":[{\"id\":\"https://openalex.org/" + institution
                + "\",\"display_name\":\"Institution " + institution + "\",\"country_code\":\"" + country
                + "\",\"type\":\"education\"}],\"countries\":[\"" + country + "\"],\"is_corresponding\":true}],"
                + "\"primary_topic\":{\"id\":\"https://openalex.org/T1\",\"display_name\":\"One\",\"score\":0.5,"
                + "\"subfield\":{\"id\":\"https://openalex.org/subfields/1702\"},\"field\":{\"id\":\"https://openalex.org/fields/17\"},"
                + "\"domain\":{\"id\":\"https://openalex.org/domains/3\"}},\"referenced_works\":[],\"updated_date\":null}\n";
    }

    private static Work withSortedReferences(Work work) {
        List<String> references = work.referencedWorks().stream().sorted().toList();
        List<Topic> topics = work.topics();
        return new Work(work.id(), work.publicationYear(), work.type(), work.citedByCount(), work.primaryTopic(), topics,
                work.authorships(), references, work.updatedDate());
    }
}
