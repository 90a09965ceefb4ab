package org.meridian.core.indicators;

import java.util.Arrays;

/**
 * Each work's normalised citation score and top-10% share, with groups g = (primary subfield, publication
 * year) formed over every held work of the selected types, whatever the period asked for.
 * <ul>
 * <li>NCS(w) = c_w / e_g with e_g the mean citation count of g; NCS = 1 where e_g = 0.</li>
 * <li>top-10% share = min(1, max(0, (0.1·N − A)/B)), N the works in g, A those cited more than w, B those cited
 * exactly as often (Waltman &amp; Schreiber 2013), computed as (N − 10·A)/(10·B) so that exact ties stay exact.</li>
 * </ul>
 * Works of other types get neither (their entries are 0 and never read).
 */
final class CitationBaseline {

    final boolean[] selectedType;
    final double[] ncs;
    final double[] topShare;

    private CitationBaseline(boolean[] selectedType, double[] ncs, double[] topShare) {
        this.selectedType = selectedType;
        this.ncs = ncs;
        this.topShare = topShare;
    }

    static CitationBaseline of(WorkTable table, boolean[] selectedType) {
        int workCount = table.workCount();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        int selected = 0;
        for (int w = 0; w < workCount; w++) {
            if (selectedType[table.type[w]]) {
                minYear = Math.min(minYear, table.year[w]);
                maxYear = Math.max(maxYear, table.year[w]);
                selected++;
            }
        }
        double[] ncs = new double[workCount];
        double[] topShare = new double[workCount];
        if (selected == 0) {
            return new CitationBaseline(selectedType, ncs, topShare);
        }
        long yearSpan = (long) maxYear - minYear + 1;
        long[] keys = new long[selected];
        int next = 0;
        for (int w = 0; w < workCount; w++) {
            if (selectedType[table.type[w]]) {
                keys[next++] = key(group(table, w, minYear, yearSpan), table.citations[w]);
            }
        }
        Arrays.parallelSort(keys);
        Runs runs = Runs.of(keys);
        for (int w = 0; w < workCount; w++) {
            if (selectedType[table.type[w]]) {
                int run = Arrays.binarySearch(runs.key, 0, runs.count,
                        key(group(table, w, minYear, yearSpan), table.citations[w]));
                ncs[w] = runs.ncs[run];
                topShare[w] = runs.topShare[run];
            }
        }
        return new CitationBaseline(selectedType, ncs, topShare);
    }

    private static long group(WorkTable table, int work, int minYear, long yearSpan) {
        return table.taxonomy.subfieldOfTopic(table.topic[work]) * yearSpan + (table.year[work] - minYear);
    }

    private static long key(long group, int citationCount) {
        return (group << 32) | citationCount;
    }

    /** The distinct (group, citation count) keys with the NCS and top-10% share of a work holding each. */
    private static final class Runs {
        final long[] key;
        final double[] ncs;
        final double[] topShare;
        int count;

        private Runs(int capacity) {
            key = new long[capacity];
            ncs = new double[capacity];
            topShare = new double[capacity];
        }

        /** Reads sorted keys group by group; within a group citation counts ascend. */
        static Runs of(long[] sorted) {
            Runs runs = new Runs(sorted.length);
            int groupStart = 0;
            while (groupStart < sorted.length) {
                long group = sorted[groupStart] >>> 32;
                int groupEnd = groupStart;
                long citationSum = 0;
                while (groupEnd < sorted.length && sorted[groupEnd] >>> 32 == group) {
                    citationSum += sorted[groupEnd] & 0xFFFFFFFFL;
                    groupEnd++;
                }
                runs.addGroup(sorted, groupStart, groupEnd, citationSum);
                groupStart = groupEnd;
            }
            return runs;
        }

        private void addGroup(long[] sorted, int groupStart, int groupEnd, long citationSum) {
            long worksInGroup = groupEnd - groupStart;
            double expected = (double) citationSum / worksInGroup;
            int runStart = groupStart;
            while (runStart < groupEnd) {
                int runEnd = runStart;
                while (runEnd < groupEnd && sorted[runEnd] == sorted[runStart]) {
                    runEnd++;
                }
                long citedMore = groupEnd - runEnd;
                long citedEqually = runEnd - runStart;
                long citationCount = sorted[runStart] & 0xFFFFFFFFL;
                key[count] = sorted[runStart];
                ncs[count] = expected == 0 ? 1.0 : citationCount / expected;
                double share = (worksInGroup - 10.0 * citedMore) / (10.0 * citedEqually);
                topShare[count] = Math.min(1.0, Math.max(0.0, share));
                count++;
                runStart = runEnd;
            }
        }
    }
}
