package org.meridian.core.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class OpenAlexWorkReaderTests {

    private static final Path SAMPLE = SharedSamples.openAlexWorks("works_sample.jsonl.gz");
    private static final Path LEGACY = SharedSamples.openAlexWorks("works_tu9_books_2017-2022_legacy_schema.jsonl.gz");

    @Test
    void readsEveryWorkOfTheRealSampleAsItsSummaryStates() throws IOException {
        Map<String, Work> works = readAll(SAMPLE);
        List<String> summary = Files.readAllLines(SharedSamples.openAlexWorks("works_sample_summary.csv"));

        assertThat(works).hasSize(440);
        assertThat(summary).hasSize(441);
        for (String row : summary.subList(1, summary.size())) {
            String[] c = row.split(",", -1);
            Work work = works.get(c[0]);
            assertThat(work).as(c[0]).isNotNull();
            assertThat(work.publicationYear()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(work.type()).as(c[0]).isEqualTo(c[2]);
            assertThat(work.citedByCount()).as(c[0]).isEqualTo(Integer.parseInt(c[3]));
            Topic primary = work.primaryTopic();
            assertThat(primary == null ? "" : primary.id()).as(c[0]).isEqualTo(c[5]);
            assertThat(primary == null ? "" : primary.subfieldId()).as(c[0]).isEqualTo(c[6]);
            assertThat(primary == null ? "" : primary.fieldId()).as(c[0]).isEqualTo(c[7]);
            assertThat(primary == null ? "" : primary.domainId()).as(c[0]).isEqualTo(c[8]);
            TreeSet<String> countries = work.authorships().stream().flatMap(a -> a.countries().stream())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(String.join(";", countries)).as(c[0]).isEqualTo(c[9]);
            assertThat(work.referencedWorks()).as(c[0]).hasSize(Integer.parseInt(c[12]));
        }
    }

    @Test
    void readsEveryAuthorshipInstitutionOfTheRealSample() throws IOException {
        Map<String, Work> works = readAll(SAMPLE);
        List<String> expected = Files.readAllLines(SharedSamples.openAlexWorks("works_sample_authorship_institutions.csv"));
        List<String> actual = new ArrayList<>();
        for (Work work : works.values()) {
            for (int position = 0; position < work.authorships().size(); position++) {
                Authorship authorship = work.authorships().get(position);
                for (Affiliation institution : authorship.institutions()) {
                    actual.add(String.join(",", work.id(), String.valueOf(work.publicationYear()), String.valueOf(position),
                            nullToEmpty(authorship.authorId()), institution.id(), nullToEmpty(institution.countryCode()),
                            nullToEmpty(institution.type())));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
    }

    @Test
    void keepsNamesRorAndTheCorrespondingFlagOfTheFirstSampleWork() throws IOException {
        Work work = readAll(SAMPLE).get("W100927044");
        Authorship first = work.authorships().get(0);

        assertThat(first.authorId()).isEqualTo("A5063410350");
        assertThat(first.authorName()).isEqualTo("Ricardo Bayón");
        assertThat(first.corresponding()).isTrue();
        assertThat(first.institutions()).containsExactly(new Affiliation("I184564680", "https://ror.org/02gjn4306", "US",
                "other", "Inter-American Development Bank"));
        assertThat(work.primaryTopic()).isEqualTo(new Topic("T10841", "Economic and Environmental Valuation", "2002", "20",
                "2", 0.9991999864578247));
        assertThat(work.referencedWorks()).startsWith("W309968608", "W330939908", "W589917546");
        assertThat(work.updatedDate()).isEqualTo("2025-12-21T23:12:01.093139");
    }

    @Test
    void readsTheOldSchemaWithoutTopicsAndWithCountriesOfTheInstitutions() throws IOException {
        Map<String, Work> works = readAll(LEGACY);

        assertThat(works).hasSize(410);
        assertThat(works.values()).noneMatch(Work::hasPrimaryTopic);
        Authorship first = works.get("W4200035428").authorships().get(0);
        assertThat(first.authorName()).isEqualTo("Ronny Hänsch");
        assertThat(first.countries()).containsExactly("DE");
        assertThat(first.corresponding()).isFalse();
        assertThat(works.values()).allMatch(w -> w.authorships().stream().anyMatch(a -> a.countries().contains("DE")));
    }

    @Test
    void countsProblemsByKindWithFileAndLineAndKeepsTheGoodLines(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("works.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"https://openalex.org/W1\",\"publication_year\":2020,\"cited_by_count\":3}",
                "{\"id\":\"https://openalex.org/W2\",\"publication_year\":",
                "",
                "{\"publication_year\":2021}",
                "{\"id\":\"https://openalex.org/W3\",\"publication_year\":\"2019\",\"shiny_new_field\":{\"a\":[1,{\"b\":\"]\"}]}}",
                "not json at all",
                "{\"id\":\"https://openalex.org/W4\",\"title\":\"unterminated}",
                "{\"id\":\"https://openalex.org/W5\",\"cited_by_count\":null,\"type\":\"article\"}"));
        ProblemTally problems = new ProblemTally();
        List<Work> works = new ArrayList<>();

        FileReading reading = new OpenAlexWorkReader().read(new WorkFile(file, Files.size(file), null, -1),
                (work, line) -> works.add(work), ReadProgress.NONE, false);
        problems.add(reading.problems());

        assertThat(works).extracting(Work::id).containsExactly("W1", "W3", "W5");
        assertThat(works.get(1).publicationYear()).isZero();
        assertThat(works.get(2).type()).isEqualTo("article");
        assertThat(reading.lines()).isEqualTo(7);
        assertThat(reading.rejectedLines()).isEqualTo(4);
        assertThat(problems.count(ProblemKind.MALFORMED_JSON)).isEqualTo(3);
        assertThat(problems.samples(ProblemKind.MALFORMED_JSON)).extracting(ProblemSample::line).containsExactly(2L, 6L, 7L);
        assertThat(problems.samples(ProblemKind.MISSING_ID)).extracting(ProblemSample::line).containsExactly(4L);
        assertThat(problems.samples(ProblemKind.WRONG_TYPE)).extracting(ProblemSample::detail).containsExactly("publication_year");
        assertThat(problems.samples(ProblemKind.UNKNOWN_FIELD)).extracting(ProblemSample::detail).containsExactly("shiny_new_field");
        assertThat(problems.samples(ProblemKind.UNKNOWN_FIELD).get(0).file()).isEqualTo(file.toString());
        assertThat(reading.complete()).isTrue();
    }

    @Test
    void keepsTheCompleteLinesOfATruncatedGzipAndRejectsTheCutOne(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLE);
        Path cut = folder.resolve("part_000.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        long completeLines = lineFeedsBeforeTheCut(cut);

        List<Work> works = new ArrayList<>();
        FileReading reading = new OpenAlexWorkReader().read(new WorkFile(cut, Files.size(cut), null, -1),
                (work, line) -> works.add(work), ReadProgress.NONE, true);

        assertThat(completeLines).isBetween(100L, 400L);
        assertThat(works).hasSize((int) completeLines);
        assertThat(reading.complete()).isFalse();
        assertThat(reading.sha256()).isNull();
        assertThat(reading.problems().count(ProblemKind.TRUNCATED_FILE)).isEqualTo(1);
        assertThat(reading.problems().samples(ProblemKind.TRUNCATED_LINE)).extracting(ProblemSample::line)
                .containsExactly(completeLines + 1);
        assertThat(reading.rejectedLines()).isEqualTo(1);
    }

    @Test
    void reportsAFileThatIsNotGzipOrIsMissingWithoutStopping(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path broken = folder.resolve("part_001.gz");
        Files.write(broken, new byte[] { 0x1f, (byte) 0x8b, 8, 0, 1, 2 });
        Path missing = folder.resolve("part_002.gz");

        FileReading brokenReading = new OpenAlexWorkReader().read(new WorkFile(broken, 6, null, -1), (w, l) -> { },
                ReadProgress.NONE, true);
        FileReading missingReading = new OpenAlexWorkReader().read(new WorkFile(missing, 0, null, 5), (w, l) -> { },
                ReadProgress.NONE, true);

        assertThat(brokenReading.problems().count(ProblemKind.UNREADABLE_FILE)).isEqualTo(1);
        assertThat(brokenReading.complete()).isFalse();
        assertThat(missingReading.problems().count(ProblemKind.UNREADABLE_FILE)).isEqualTo(1);
        assertThat(missingReading.works()).isZero();
    }

    @Test
    void digestsTheStoredFile() throws Exception {
        FileReading reading = new OpenAlexWorkReader().read(new WorkFile(SAMPLE, Files.size(SAMPLE), null, 440),
                (w, l) -> { }, ReadProgress.NONE, true);

        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SAMPLE)));
        assertThat(reading.sha256()).isEqualTo(expected);
        assertThat(reading.problems().isEmpty()).isTrue();
        assertThat(reading.newTaxa()).extracting(TopicTaxon::topicId).contains("T10841");
    }

    @Test
    void readsALineLongerThanTheInitialBuffer(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("long.jsonl");
        String filler = "x".repeat(3 << 20);
        Files.writeString(file, "{\"id\":\"W7\",\"title\":\"" + filler + "\",\"publication_year\":2001}\n{\"id\":\"W8\"}\n");
        List<Work> works = new ArrayList<>();

        new OpenAlexWorkReader().read(new WorkFile(file, Files.size(file), null, -1), (w, l) -> works.add(w),
                ReadProgress.NONE, false);

        assertThat(works).extracting(Work::id).containsExactly("W7", "W8");
        assertThat(works.get(0).publicationYear()).isEqualTo(2001);
    }

    private static long lineFeedsBeforeTheCut(Path cut) throws IOException {
        long lineFeeds = 0;
        try (var in = new java.io.BufferedInputStream(new java.util.zip.GZIPInputStream(Files.newInputStream(cut)))) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lineFeeds++;
                }
            }
        } catch (java.io.EOFException expected) {
            return lineFeeds;
        }
        throw new AssertionError("the cut file decompressed to its end");
    }

    private static Map<String, Work> readAll(Path file) throws IOException {
        Map<String, Work> works = new HashMap<>();
        FileReading reading = new OpenAlexWorkReader().read(new WorkFile(file, Files.size(file), null, -1),
                (work, line) -> works.put(work.id(), work), ReadProgress.NONE, false);
        assertThat(reading.rejectedLines()).isZero();
        return works;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
