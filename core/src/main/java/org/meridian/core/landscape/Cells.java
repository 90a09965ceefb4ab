package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse cells (unit, key, year) holding a fixed number of additive measures. Built by adding (duplicates
 * add up), then sealed into flat arrays sorted by unit, key and year, so a unit's cells are one contiguous run.
 */
final class Cells {

    static final int FIRST_YEAR = 1900;
    private static final int YEAR_BITS = 8;

    private final int measures;
    private List<Map<Long, double[]>> building = new ArrayList<>();
    private int[] start;
    private long[] keys;
    private double[] values;

    Cells(int measures) {
        this.measures = measures;
    }

    static long cellKey(long key, int year) {
        int offset = year - FIRST_YEAR;
        if (offset < 0 || offset >= (1 << YEAR_BITS)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return (key << YEAR_BITS) | offset;
    }

    void add(int unit, long key, int year, double[] measureValues) {
        while (building.size() <= unit) {
            building.add(null);
        }
        Map<Long, double[]> cells = building.get(unit);
        if (cells == null) {
            cells = new HashMap<>();
            building.set(unit, cells);
        }
        double[] sum = cells.computeIfAbsent(cellKey(key, year), k -> new double[measures]);
        for (int m = 0; m < measures; m++) {
            sum[m] += measureValues[m];
        }
    }

    void seal(int unitCount) {
        start = new int[unitCount + 1];
        int total = 0;
        for (int unit = 0; unit < unitCount; unit++) {
            start[unit] = total;
            Map<Long, double[]> cells = unit < building.size() ? building.get(unit) : null;
            total += cells == null ? 0 : cells.size();
        }
        start[unitCount] = total;
        keys = new long[total];
        values = new double[total * measures];
        for (int unit = 0; unit < unitCount; unit++) {
            Map<Long, double[]> cells = unit < building.size() ? building.get(unit) : null;
            if (cells == null) {
                continue;
            }
            long[] sorted = cells.keySet().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                int row = start[unit] + i;
                keys[row] = sorted[i];
                System.arraycopy(cells.get(sorted[i]), 0, values, row * measures, measures);
            }
        }
        building = null;
    }

    int from(int unit) {
        return unit < 0 || unit + 1 >= start.length ? 0 : start[unit];
    }

    int to(int unit) {
        return unit < 0 || unit + 1 >= start.length ? 0 : start[unit + 1];
    }

    long key(int row) {
        return keys[row] >>> YEAR_BITS;
    }

    int year(int row) {
        return (int) (keys[row] & ((1 << YEAR_BITS) - 1)) + FIRST_YEAR;
    }

    double value(int row, int measure) {
        return values[row * measures + measure];
    }

    int measures() {
        return measures;
    }
}
