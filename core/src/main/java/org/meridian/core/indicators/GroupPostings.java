package org.meridian.core.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Postings of country groups, built per query from the members' postings: a group's weight on a work is the
 * sum of its members' fractional weights (under full counting the engine credits 1, i.e. the sum capped at 1),
 * and it is corresponding where any member is. Members are read with the query's HK/MO rule.
 */
final class GroupPostings {

    private GroupPostings() {
    }

    static Postings of(WorkTable table, List<Set<String>> groups, boolean hkMoSeparate) {
        Postings countries = table.countryPostings(hkMoSeparate);
        int workCount = table.workCount();
        double[] weight = new double[workCount];
        boolean[] corresponding = new boolean[workCount];
        boolean[] onGroup = new boolean[workCount];
        int[] start = new int[groups.size() + 1];
        int[][] works = new int[groups.size()][];
        double[][] weights = new double[groups.size()][];
        boolean[][] correspondings = new boolean[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            int[] touched = new int[16];
            int touchedCount = 0;
            for (int country : memberCodes(table, groups.get(g), hkMoSeparate)) {
                for (int k = countries.start[country]; k < countries.start[country + 1]; k++) {
                    int w = countries.work[k];
                    if (!onGroup[w]) {
                        onGroup[w] = true;
                        weight[w] = 0;
                        corresponding[w] = false;
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = w;
                    }
                    weight[w] += countries.weight[k];
                    corresponding[w] |= countries.corresponding[k];
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            works[g] = Arrays.copyOf(touched, touchedCount);
            weights[g] = new double[touchedCount];
            correspondings[g] = new boolean[touchedCount];
            for (int i = 0; i < touchedCount; i++) {
                int w = touched[i];
                weights[g][i] = weight[w];
                correspondings[g][i] = corresponding[w];
                onGroup[w] = false;
            }
            start[g + 1] = start[g] + touchedCount;
        }
        int size = start[groups.size()];
        int[] work = new int[size];
        double[] groupWeight = new double[size];
        boolean[] groupCorresponding = new boolean[size];
        for (int g = 0; g < groups.size(); g++) {
            System.arraycopy(works[g], 0, work, start[g], works[g].length);
            System.arraycopy(weights[g], 0, groupWeight, start[g], works[g].length);
            System.arraycopy(correspondings[g], 0, groupCorresponding, start[g], works[g].length);
        }
        return new Postings(start, work, groupWeight, groupCorresponding);
    }

    /** Distinct codes of the members present in the table, HK and MO read as CN unless kept apart. */
    private static int[] memberCodes(WorkTable table, Set<String> members, boolean hkMoSeparate) {
        return members.stream()
                .map(id -> id.trim().toUpperCase(Locale.ROOT))
                .map(id -> !hkMoSeparate && WorkTableBuilder.isChinaSar(id) ? "CN" : id)
                .mapToInt(table.countries::code)
                .filter(code -> code >= 0)
                .distinct()
                .toArray();
    }
}
