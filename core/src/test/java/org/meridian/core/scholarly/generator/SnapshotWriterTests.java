package org.meridian.core.scholarly.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.OpenAlexEntities;
import org.meridian.core.scholarly.OpenAlexSnapshot;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ProblemTally;
import org.meridian.core.scholarly.ReadProgress;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.WorkFile;

class SnapshotWriterTests {

    @Test
    void writesASnapshotTreeThatReadsBackAsTheGeneratedWorks(@TempDir Path root) throws Exception {
        GeneratorSettings settings = GeneratorSettings.of(1_000, 11);
        new SnapshotWriter(3, List.of("2025-01-01", "2025-02-01"), 1).write(root, settings);
        List<Work> generated = new ArrayList<>();
        new SyntheticWorks(settings).forEachRemaining(generated::add);

        OpenAlexSnapshot snapshot = OpenAlexSnapshot.at(root);
        Map<String, Work> read = new HashMap<>();
        OpenAlexWorkReader reader = new OpenAlexWorkReader();
        for (WorkFile file : snapshot.workFiles()) {
            FileReading reading = reader.read(file, (work, line) -> read.put(work.id(), work), ReadProgress.NONE, false);
            assertThat(reading.problems().isEmpty()).as(file.toString()).isTrue();
        }

        assertThat(snapshot.workFiles()).extracting(f -> root.relativize(f.path()).toString()).containsExactly(
                "works/updated_date=2025-01-01/part_000.gz", "works/updated_date=2025-01-01/part_001.gz",
                "works/updated_date=2025-02-01/part_000.gz");
        assertThat(snapshot.workFiles()).extracting(WorkFile::expectedRecords).containsExactly(334L, 333L, 333L);
        assertThat(snapshot.workFiles().get(2).partitionDate()).isEqualTo("2025-02-01");
        assertThat(read).hasSize(1_000);
        for (int i = 0; i < generated.size(); i++) {
            Work work = generated.get(i);
            Work back = read.get(work.id());
            assertThat(back.updatedDate()).isEqualTo(i % 3 == 2 ? "2025-02-01T00:00:00.000000" : "2025-01-01T00:00:00.000000");
            assertThat(withoutDate(back)).isEqualTo(withoutDate(work));
        }
    }

    @Test
    void writesEntityFilesWithTheInstitutionsAndTopicsOfTheWorld(@TempDir Path root) throws Exception {
        GeneratorSettings settings = GeneratorSettings.of(200, 5);
        new SnapshotWriter(1, List.of("2025-03-01"), 1).write(root, settings);
        OpenAlexSnapshot snapshot = OpenAlexSnapshot.at(root);
        List<Affiliation> institutions = new ArrayList<>();
        List<TopicTaxon> topics = new ArrayList<>();
        ProblemTally problems = new ProblemTally();

        OpenAlexEntities.readInstitutions(snapshot.institutionFiles().get(0), institutions::add, problems);
        OpenAlexEntities.readTopics(snapshot.topicFiles().get(0), topics::add, problems);

        SyntheticWorks world = new SyntheticWorks(settings);
        assertThat(institutions).isEqualTo(world.institutions().stream().map(SyntheticInstitution::affiliation).toList());
        assertThat(topics).isEqualTo(world.taxonomy().topics());
        assertThat(topics).hasSize(26 * 6 * 8);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(Files.exists(root.resolve("works/manifest"))).isTrue();
    }

    private static Work withoutDate(Work work) {
        return new Work(work.id(), work.publicationYear(), work.type(), work.citedByCount(), work.primaryTopic(),
                work.topics(), work.authorships(), work.referencedWorks(), null);
    }
}
