package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import read and met: rows read and kept as records, and per {@link Finding} the number of rows (or, for
 * {@link Finding#MISSING_YEAR}, of country-years) and the first few distinct samples.
 *
 * @param source   the file name as given to the reader
 * @param rowsRead data rows read (header excluded)
 * @param rowsKept rows that became records (countries and aggregates alike)
 */
public record ImportReport(String source, long rowsRead, long rowsKept, Map<Finding, Long> counts,
        Map<Finding, List<String>> samples) {

    /** How many distinct samples are kept per finding. */
    public static final int SAMPLES = 5;

    public ImportReport {
        counts = Map.copyOf(counts);
        samples = Map.copyOf(samples);
    }

    public long count(Finding finding) {
        return counts.getOrDefault(finding, 0L);
    }

    public List<String> samples(Finding finding) {
        return samples.getOrDefault(finding, List.of());
    }

    /** One line per finding met: {@code UIS_ESTIMATE 3881 (value marked ...) e.g. CHN 2007, ...}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(source + ": " + rowsRead + " rows read, " + rowsKept + " kept");
        for (Finding finding : Finding.values()) {
            if (count(finding) > 0) {
                lines.add("  " + finding + " " + count(finding) + " (" + finding.description() + ") e.g. "
                        + String.join("; ", samples(finding)));
            }
        }
        return lines;
    }

    /** Collects findings while a reader runs. */
    static final class Builder {

        private final String source;
        private final Map<Finding, Long> counts = new EnumMap<>(Finding.class);
        private final Map<Finding, Set<String>> samples = new EnumMap<>(Finding.class);
        private long rowsRead;
        private long rowsKept;

        Builder(String source) {
            this.source = source;
        }

        void read() {
            rowsRead++;
        }

        void kept() {
            rowsKept++;
        }

        void note(Finding finding, String sample) {
            counts.merge(finding, 1L, Long::sum);
            Set<String> kept = samples.computeIfAbsent(finding, key -> new LinkedHashSet<>());
            if (kept.size() < SAMPLES) {
                kept.add(sample);
            }
        }

        ImportReport build() {
            Map<Finding, List<String>> lists = new EnumMap<>(Finding.class);
            samples.forEach((finding, values) -> lists.put(finding, List.copyOf(values)));
            return new ImportReport(source, rowsRead, rowsKept, counts, lists);
        }
    }
}
