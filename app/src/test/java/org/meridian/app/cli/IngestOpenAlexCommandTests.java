package org.meridian.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.scholarly.SharedSamples;
import picocli.CommandLine;

class IngestOpenAlexCommandTests {

    @TempDir
    Path folder;

    @Test
    void ingestsTheRealSampleAndSkipsItTheSecondTime() {
        Path sample = sample();
        String store = folder.resolve("analytics.duckdb").toString();

        Run first = run("ingest", "openalex", sample.toString(), "--store", store);
        Run second = run("ingest", "openalex", sample.toString(), "--store", store);

        assertThat(first.exitCode).isZero();
        assertThat(first.output).contains("works read: 440").contains("without primary topic: 12")
                .contains("rejected lines: 0 of 440").contains("Store: 440 works");
        assertThat(second.exitCode).isZero();
        assertThat(second.output).contains("0 files ingested, 1 skipped").contains("Store: 440 works");
    }

    @Test
    void exitsWithTwoAndNamesTheLineWhenTooManyLinesAreRejected() throws Exception {
        Path file = folder.resolve("works.jsonl");
        Files.writeString(file, "{\"id\":\"https://openalex.org/W1\",\"publication_year\":2021}\n[not a work\n");

        Run run = run("ingest", "openalex", file.toString(), "--store", folder.resolve("a.duckdb").toString(),
                "--max-rejected-share", "0.4");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.output).contains("rejected lines: 1 of 2").contains("MALFORMED_JSON: 1")
                .contains(file + ":2").contains("FAILED");
    }

    @Test
    void saysInOneLineThatAnotherProcessHoldsTheStoreAndWhatToDo() throws Exception {
        Path store = folder.resolve("held.duckdb");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldingTheStore.class.getName(), store.toString()).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).startsWith("holding");

            Run ingest = run("ingest", "openalex", sample().toString(), "--store", store.toString());
            Run indicators = run("indicators", "--store", store.toString());

            for (Run run : new Run[] { ingest, indicators }) {
                assertThat(run.exitCode).isEqualTo(1);
                assertThat(run.errors.lines()).singleElement().asString()
                        .contains("The analytics store " + store + " is in use by another process (PID " + holder.pid() + ")")
                        .contains("stop it first").contains("/indicators/ingest").contains("/api/v1/indicators");
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void asksForASourceWhenNoneIsNamed() {
        Run run = run("ingest");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.errors).contains("Name a source to ingest");
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

    private static Path sample() {
        return SharedSamples.openAlexWorks("works_sample.jsonl.gz");
    }
}
