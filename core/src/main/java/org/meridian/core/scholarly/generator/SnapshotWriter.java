package org.meridian.core.scholarly.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;

/**
 * Writes generated works as an OpenAlex snapshot tree: {@code works/updated_date=YYYY-MM-DD/part_NNN.gz}
 * with a {@code works/manifest}, plus one {@code institutions/} and one {@code topics/} entity file. Work
 * {@code i} goes to part {@code i mod parts}; the parts are spread in order over the partition dates. The
 * works are drawn on one thread (the model is sequential) and serialised and compressed on one thread per
 * part, through bounded queues: memory stays constant whatever the number of works.
 */
public final class SnapshotWriter {

    private static final int BATCH = 256;

    private final int parts;
    private final List<String> partitionDates;
    private final int compressionLevel;

    /**
     * @param compressionLevel gzip level, 1 (fast) to 9; OpenAlex's files use the default, 6
     */
    public SnapshotWriter(int parts, List<String> partitionDates, int compressionLevel) {
        if (parts < 1 || partitionDates.isEmpty()) {
            throw new IllegalArgumentException("at least one part and one partition date");
        }
        this.parts = parts;
        this.partitionDates = List.copyOf(partitionDates);
        this.compressionLevel = compressionLevel;
    }

    /** Writes the works of {@code settings} under {@code root}; returns the paths of the work files. */
    public List<Path> write(Path root, GeneratorSettings settings) throws IOException, InterruptedException {
        SyntheticWorks works = new SyntheticWorks(settings);
        Map<String, TopicTaxon> taxa = new HashMap<>();
        works.taxonomy().topics().forEach(t -> taxa.put(t.topicId(), t));
        OpenAlexJson json = new OpenAlexJson(taxa);
        List<Path> files = new ArrayList<>();
        List<PartWriter> writers = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String date = partitionDates.get(p * partitionDates.size() / parts);
            int first = firstPartOf(date);
            Path file = root.resolve("works/updated_date=" + date + String.format("/part_%03d.gz", p - first));
            Files.createDirectories(file.getParent());
            files.add(file);
            PartWriter writer = new PartWriter(file, date, json, settings.seed());
            writers.add(writer);
            writer.start();
        }
        List<List<Indexed>> batches = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            batches.add(new ArrayList<>(BATCH));
        }
        for (long i = 0; works.hasNext(); i++) {
            int part = (int) (i % parts);
            List<Indexed> batch = batches.get(part);
            batch.add(new Indexed(i, works.next()));
            if (batch.size() == BATCH) {
                writers.get(part).queue.put(List.copyOf(batch));
                batch.clear();
            }
        }
        for (int p = 0; p < parts; p++) {
            writers.get(p).queue.put(List.copyOf(batches.get(p)));
            writers.get(p).queue.put(List.of());
        }
        for (PartWriter writer : writers) {
            writer.join();
            if (writer.failure != null) {
                throw writer.failure;
            }
        }
        writeManifest(root.resolve("works"), files, writers.stream().map(w -> w.records).toList());
        writeEntities(root, works);
        return files;
    }

    private int firstPartOf(String date) {
        for (int p = 0; p < parts; p++) {
            if (partitionDates.get(p * partitionDates.size() / parts).equals(date)) {
                return p;
            }
        }
        return 0;
    }

    private static void writeManifest(Path folder, List<Path> files, List<Long> records) throws IOException {
        StringBuilder manifest = new StringBuilder("{\n  \"entries\": [\n");
        long totalBytes = 0;
        long totalRecords = 0;
        for (int i = 0; i < files.size(); i++) {
            long bytes = Files.size(files.get(i));
            totalBytes += bytes;
            totalRecords += records.get(i);
            String relative = folder.relativize(files.get(i)).toString().replace('\\', '/');
            manifest.append(i > 0 ? ",\n" : "").append("    {\"url\": \"s3://openalex/data/works/").append(relative)
                    .append("\", \"meta\": {\"content_length\": ").append(bytes).append(", \"record_count\": ")
                    .append(records.get(i)).append("}}");
        }
        manifest.append("\n  ],\n  \"meta\": {\"content_length\": ").append(totalBytes).append(", \"record_count\": ")
                .append(totalRecords).append("}\n}\n");
        Files.writeString(folder.resolve("manifest"), manifest);
    }

    private void writeEntities(Path root, SyntheticWorks works) throws IOException {
        String date = partitionDates.get(partitionDates.size() - 1);
        Path institutions = root.resolve("institutions/updated_date=" + date + "/part_000.gz");
        Files.createDirectories(institutions.getParent());
        try (OutputStream out = gzip(institutions)) {
            for (SyntheticInstitution institution : works.institutions()) {
                Affiliation a = institution.affiliation();
                out.write(("{\"id\":\"https://openalex.org/" + a.id() + "\",\"ror\":" + OpenAlexJson.quoted(a.ror())
                        + ",\"display_name\":" + OpenAlexJson.quoted(a.displayName()) + ",\"country_code\":"
                        + OpenAlexJson.quoted(a.countryCode()) + ",\"type\":" + OpenAlexJson.quoted(a.type()) + "}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Path topics = root.resolve("topics/updated_date=" + date + "/part_000.gz");
        Files.createDirectories(topics.getParent());
        try (OutputStream out = gzip(topics)) {
            for (TopicTaxon t : works.taxonomy().topics()) {
                out.write(("{\"id\":\"https://openalex.org/" + t.topicId() + "\",\"display_name\":" + OpenAlexJson.quoted(t.topicName())
                        + ",\"subfield\":{\"id\":\"https://openalex.org/subfields/" + t.subfieldId() + "\",\"display_name\":"
                        + OpenAlexJson.quoted(t.subfieldName()) + "},\"field\":{\"id\":\"https://openalex.org/fields/"
                        + t.fieldId() + "\",\"display_name\":" + OpenAlexJson.quoted(t.fieldName())
                        + "},\"domain\":{\"id\":\"https://openalex.org/domains/" + t.domainId() + "\",\"display_name\":"
                        + OpenAlexJson.quoted(t.domainName()) + "}}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private OutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(compressionLevel == 0 ? Deflater.DEFAULT_COMPRESSION : compressionLevel);
            }
        };
    }

    private record Indexed(long index, Work work) {
    }

    /** Serialises and compresses one part's works as they arrive. */
    private final class PartWriter extends Thread {
        final BlockingQueue<List<Indexed>> queue = new ArrayBlockingQueue<>(4);
        final Path file;
        final String date;
        final OpenAlexJson json;
        final long seed;
        long records;
        IOException failure;

        PartWriter(Path file, String date, OpenAlexJson json, long seed) {
            super("snapshot-" + file.getFileName());
            this.file = file;
            this.date = date;
            this.json = json;
            this.seed = seed;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (OutputStream out = gzip(file)) {
                for (List<Indexed> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
                    for (Indexed indexed : batch) {
                        out.write(json.line(indexed.work(), date, new Random(seed * 1_000_003L + indexed.index())));
                        records++;
                    }
                }
            } catch (IOException e) {
                failure = e;
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UncheckedIOException e) {
                failure = e.getCause();
                drain();
            }
        }

        private void drain() {
            try {
                while (!queue.take().isEmpty()) {
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
