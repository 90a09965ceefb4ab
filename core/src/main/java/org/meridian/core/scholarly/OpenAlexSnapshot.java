package org.meridian.core.scholarly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of an OpenAlex snapshot as it lies on disk: a root with {@code works/}, {@code institutions/} and
 * {@code topics/} entity folders, each of {@code updated_date=YYYY-MM-DD/part_NNN.gz} files with a
 * {@code manifest}; or one of those entity folders itself; or a single {@code .jsonl} / {@code .jsonl.gz}
 * file of works. Files are listed in path order. The manifest gives each file's expected record count; a
 * file the manifest lists but the disk lacks is returned too, so that reading it reports the gap.
 */
public final class OpenAlexSnapshot {

    private static final Pattern MANIFEST_ENTRY = Pattern.compile(
            "\\{\\s*\"url\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"meta\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern RECORD_COUNT = Pattern.compile("\"record_count\"\\s*:\\s*(\\d+)");
    private static final Pattern PARTITION = Pattern.compile("updated_date=(\\d{4}-\\d{2}-\\d{2})");

    private final List<WorkFile> workFiles;
    private final List<WorkFile> institutionFiles;
    private final List<WorkFile> topicFiles;

    private OpenAlexSnapshot(List<WorkFile> workFiles, List<WorkFile> institutionFiles, List<WorkFile> topicFiles) {
        this.workFiles = List.copyOf(workFiles);
        this.institutionFiles = List.copyOf(institutionFiles);
        this.topicFiles = List.copyOf(topicFiles);
    }

    public static OpenAlexSnapshot at(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return new OpenAlexSnapshot(List.of(fileOf(path, -1)), List.of(), List.of());
        }
        if (!Files.isDirectory(path)) {
            throw new IOException("no such snapshot file or folder: " + path);
        }
        if (Files.isDirectory(path.resolve("works")) || Files.isDirectory(path.resolve("institutions"))
                || Files.isDirectory(path.resolve("topics"))) {
            return new OpenAlexSnapshot(entityFiles(path.resolve("works")), entityFiles(path.resolve("institutions")),
                    entityFiles(path.resolve("topics")));
        }
        return new OpenAlexSnapshot(entityFiles(path), List.of(), List.of());
    }

    public List<WorkFile> workFiles() {
        return workFiles;
    }

    public List<WorkFile> institutionFiles() {
        return institutionFiles;
    }

    public List<WorkFile> topicFiles() {
        return topicFiles;
    }

    /** Total stored size of the work files. */
    public long workBytes() {
        return workFiles.stream().mapToLong(WorkFile::size).sum();
    }

    private static List<WorkFile> entityFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<Path, Long> expected = manifest(folder);
        List<WorkFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).filter(OpenAlexSnapshot::isDataFile).sorted().toList()) {
                Path normal = path.toAbsolutePath().normalize();
                files.add(fileOf(path, expected.getOrDefault(normal, -1L)));
                expected.remove(normal);
            }
        }
        for (Map.Entry<Path, Long> missing : expected.entrySet()) {
            files.add(new WorkFile(missing.getKey(), 0, partitionOf(missing.getKey()), missing.getValue()));
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }

    private static boolean isDataFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".gz") || name.endsWith(".jsonl") || name.endsWith(".json"));
    }

    private static WorkFile fileOf(Path path, long expectedRecords) throws IOException {
        Path normal = path.toAbsolutePath().normalize();
        return new WorkFile(normal, Files.size(normal), partitionOf(normal), expectedRecords);
    }

    private static String partitionOf(Path path) {
        Matcher matcher = PARTITION.matcher(path.toString());
        String date = null;
        while (matcher.find()) {
            date = matcher.group(1);
        }
        return date;
    }

    /**
     * The manifest's entries as local paths with their record counts. An entry's URL
     * ({@code s3://openalex/data/works/updated_date=.../part_000.gz}) is resolved from its
     * {@code updated_date=} segment on, relative to the folder.
     */
    private static Map<Path, Long> manifest(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest");
        Map<Path, Long> entries = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return entries;
        }
        Matcher entry = MANIFEST_ENTRY.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
        while (entry.find()) {
            String url = entry.group(1);
            int partition = url.indexOf("updated_date=");
            String relative = partition >= 0 ? url.substring(partition) : url.substring(url.lastIndexOf('/') + 1);
            Matcher count = RECORD_COUNT.matcher(entry.group(2));
            entries.put(folder.resolve(relative).toAbsolutePath().normalize(), count.find() ? Long.parseLong(count.group(1)) : -1L);
        }
        return entries;
    }
}
