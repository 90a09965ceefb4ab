package org.meridian.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.scholarly.SharedSamples;
import org.meridian.core.scholarly.OpenAlexWorkReader;
import org.meridian.core.scholarly.ReadProgress;
import org.meridian.core.scholarly.WorkFile;
import picocli.CommandLine;

class IndicatorsCommandTests {

    @TempDir
    static Path folder;

    static String store;

    @BeforeAll
    static void ingestTheRealSample() {
        store = folder.resolve("analytics.duckdb").toString();
        Path sample = SharedSamples.openAlexWorks("works_sample.jsonl.gz");
        assertThat(run("ingest", "openalex", sample.toString(), "--store", store).exitCode).isZero();
    }

    @Test
    void writesTheWorldRowAsCsvWithEveryArticleAndReviewOfThePeriod() throws Exception {
        long expected = articlesAndReviewsWithTopic(2015, 2020);

        Run run = run("indicators", "--store", store, "--from", "2015", "--to", "2020");

        assertThat(run.exitCode).isZero();
        List<String> lines = run.output.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("unit_type,unit_id,unit_name,field_level,").endsWith(",activity_index");
        assertThat(lines.get(1)).startsWith("world,world,World,all,all,All fields,2015,2020,full," + expected + ",");
    }

    @Test
    void writesJsonToAFileForEveryCountryUnderFractionalCounting() throws Exception {
        Path out = folder.resolve("countries.json");

        Run run = run("indicators", "--store", store, "--unit-type", "country", "--counting", "fractional",
                "--from", "2015", "--to", "2020", "--format", "json", "--out", out.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.output).isEmpty();
        assertThat(run.errors).contains("rows written to");
        String json = Files.readString(out);
        assertThat(json).startsWith("[\n{\"unit_type\":\"country\"").contains("\"unit_id\":\"DE\"")
                .contains("\"counting\":\"fractional\"");
    }

    @Test
    void explainsAnUnknownFieldLevelWithExitCodeTwo() {
        Run run = run("indicators", "--store", store, "--field-level", "galaxy");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.errors).contains("field level").contains("--field-level");
    }

    @Test
    void refusesMoreBootstrapResamplesThanTheCapWithExitCodeTwo() {
        Run run = run("indicators", "--store", store, "--bootstrap", "50000");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.errors).contains("Ask for 0 to 10,000 bootstrap resamples (the Leiden Ranking uses 1,000), not 50,000.")
                .contains("(--bootstrap)");
        assertThat(run.output).isEmpty();
    }

    @Test
    void saysHowToIngestWhenThereIsNoStore() {
        Run run = run("indicators", "--store", folder.resolve("absent/none.duckdb").toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.errors).contains("./meridian ingest openalex");
        assertThat(run.output.lines().toList()).hasSize(1);
    }

    private static long articlesAndReviewsWithTopic(int from, int to) throws Exception {
        Path sample = SharedSamples.openAlexWorks("works_sample.jsonl.gz");
        long[] count = {0};
        new OpenAlexWorkReader().read(new WorkFile(sample, Files.size(sample), null, -1), (work, line) -> {
            if (("article".equals(work.type()) || "review".equals(work.type())) && work.primaryTopic() != null
                    && work.publicationYear() >= from && work.publicationYear() <= to) {
                count[0]++;
            }
        }, ReadProgress.NONE, false);
        return count[0];
    }

    private record Run(int exitCode, String output, String errors) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = MeridianCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
