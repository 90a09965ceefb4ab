package org.meridian.core.landscape;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.meridian.core.scholarly.Work;

/**
 * Citation groups g = (primary subfield, publication year) over the counted works: the expected citations
 * e_g (mean) for NCS, and each work's top-10% share with ties shared (Waltman &amp; Schreiber 2013).
 */
final class CitationNormalisation {

    private final Map<String, int[]> sortedCitations = new HashMap<>();
    private final Map<String, Double> meanCitations = new HashMap<>();
    private Map<String, IntBuffer> collecting = new HashMap<>();

    CitationNormalisation() {
    }

    /** Adds a counted work to its group; only its group and citation count are kept. */
    void add(Work work) {
        collecting.computeIfAbsent(group(work), k -> new IntBuffer()).add(work.citedByCount());
    }

    /** Ends the adding: from here on the normalisation answers {@link #ncs} and {@link #topTenShare}. */
    void seal() {
        collecting.forEach((group, buffer) -> {
            int[] counts = buffer.toArray();
            Arrays.sort(counts);
            sortedCitations.put(group, counts);
            meanCitations.put(group, Arrays.stream(counts).average().orElse(0));
        });
        collecting = null;
    }

    /** NCS = c / e_g, and 1 where e_g = 0. */
    double ncs(Work work) {
        double mean = meanCitations.get(group(work));
        return mean == 0 ? 1 : work.citedByCount() / mean;
    }

    /** min(1, max(0, (0.1·N − A)/B)), A = works with more citations, B = works with as many. */
    double topTenShare(Work work) {
        int[] counts = sortedCitations.get(group(work));
        int c = work.citedByCount();
        int lower = firstIndexAtLeast(counts, c);
        int upper = firstIndexAtLeast(counts, c + 1);
        int above = counts.length - upper;
        int tied = upper - lower;
        return Math.min(1, Math.max(0, (0.1 * counts.length - above) / tied));
    }

    private static int firstIndexAtLeast(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static String group(Work work) {
        return work.primaryTopic().subfieldId() + "|" + work.publicationYear();
    }

    private static final class IntBuffer {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
