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
        for (int w = 0; w < workCount; w++) {
            if (selectedType[table.type[w]]) {
                minYear = Math.min(minYear, table.year[w]);
                maxYear = Math.max(maxYear, table.year[w]);
            }
        }
        CitationBaseline baseline = new CitationBaseline(selectedType, new double[workCount], new double[workCount]);
        if (minYear > maxYear) {
            return baseline;
        }
        int yearSpan = maxYear - minYear + 1;
        int[] group = new int[workCount];
        int[] groupStart = new int[table.taxonomy.subfieldCount() * yearSpan + 1];
        for (int w = 0; w < workCount; w++) {
            group[w] = selectedType[table.type[w]]
                    ? table.taxonomy.subfieldOfTopic(table.topic[w]) * yearSpan + table.year[w] - minYear : -1;
            if (group[w] >= 0) {
                groupStart[group[w] + 1]++;
            }
        }
        for (int g = 1; g < groupStart.length; g++) {
            groupStart[g] += groupStart[g - 1];
        }
        long[] citationAndWork = new long[groupStart[groupStart.length - 1]];
        int[] next = Arrays.copyOf(groupStart, groupStart.length - 1);
        for (int w = 0; w < workCount; w++) {
            if (group[w] >= 0) {
                citationAndWork[next[group[w]]++] = (long) table.citations[w] << 32 | w;
            }
        }
        for (int g = 0; g + 1 < groupStart.length; g++) {
            if (groupStart[g] < groupStart[g + 1]) {
                baseline.scoreGroup(citationAndWork, groupStart[g], groupStart[g + 1]);
            }
        }
        return baseline;
    }

    /** Scores the works of one group, held as citation count (high half) and work (low half). */
    private void scoreGroup(long[] citationAndWork, int from, int to) {
        Arrays.sort(citationAndWork, from, to);
        long worksInGroup = to - from;
        long citationSum = 0;
        for (int i = from; i < to; i++) {
            citationSum += citationAndWork[i] >>> 32;
        }
        double expected = (double) citationSum / worksInGroup;
        int runStart = from;
        while (runStart < to) {
            long citations = citationAndWork[runStart] >>> 32;
            int runEnd = runStart;
            while (runEnd < to && citationAndWork[runEnd] >>> 32 == citations) {
                runEnd++;
            }
            long citedMore = to - runEnd;
            long citedEqually = runEnd - runStart;
            double score = expected == 0 ? 1.0 : citations / expected;
            double share = Math.min(1.0, Math.max(0.0, (worksInGroup - 10.0 * citedMore) / (10.0 * citedEqually)));
            for (int i = runStart; i < runEnd; i++) {
                int work = (int) citationAndWork[i];
                ncs[work] = score;
                topShare[work] = share;
            }
            runStart = runEnd;
        }
    }
}
