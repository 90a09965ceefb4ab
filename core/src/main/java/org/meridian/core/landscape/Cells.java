package org.meridian.core.landscape;

import java.util.Arrays;

/**
 * Sparse cells (unit, key, year) holding a fixed number of additive measures. Built by adding (duplicates
 * add up), then sealed into flat arrays sorted by unit, key and year, so a unit's cells are one contiguous run.
 * <p>
 * While building, the cells sit in one open-addressing table of primitive arrays (unit, cell key, and the
 * cell's row of measures) rather than in boxed maps: a landscape of a million works holds millions of cells,
 * and a map entry, a boxed key and an array per cell cost several times the cell itself and keep the
 * collector busy.
 */
final class Cells {

    static final int FIRST_YEAR = 1900;
    private static final int YEAR_BITS = 8;
    /** An odd constant whose product spreads structured keys over a hash table (see {@link LandscapeBuilder#exampleKey}). */
    static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int EMPTY = -1;

    private final int measures;
    // building: table slot -> row (or EMPTY); row -> unit, cell key, measures
    private int[] table = new int[1 << 10];
    private int rows;
    private int[] rowUnits = new int[1 << 9];
    private long[] rowKeys = new long[1 << 9];
    private double[] rowValues;
    // sealed
    private int[] start;
    private long[] keys;
    private double[] values;

    Cells(int measures) {
        this.measures = measures;
        Arrays.fill(table, EMPTY);
        rowValues = new double[rowKeys.length * measures];
    }

    static long cellKey(long key, int year) {
        int offset = year - FIRST_YEAR;
        if (offset < 0 || offset >= (1 << YEAR_BITS)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return (key << YEAR_BITS) | offset;
    }

    void add(int unit, long key, int year, double[] measureValues) {
        int row = row(unit, cellKey(key, year));
        int at = row * measures;
        for (int m = 0; m < measures; m++) {
            rowValues[at + m] += measureValues[m];
        }
    }

    /** The row of the cell (unit, cellKey), added with zero measures if new. */
    private int row(int unit, long cellKey) {
        int mask = table.length - 1;
        for (int slot = slot(unit, cellKey, mask); ; slot = (slot + 1) & mask) {
            int row = table[slot];
            if (row == EMPTY) {
                return insert(slot, unit, cellKey);
            }
            if (rowKeys[row] == cellKey && rowUnits[row] == unit) {
                return row;
            }
        }
    }

    private static int slot(int unit, long cellKey, int mask) {
        long hash = (cellKey + unit * 0xC2B2AE3D27D4EB4FL) * MIX;
        return (int) (hash >>> 32 ^ hash) & mask;
    }

    private int insert(int slot, int unit, long cellKey) {
        if (rows == rowKeys.length) {
            int capacity = rows * 2;
            rowUnits = Arrays.copyOf(rowUnits, capacity);
            rowKeys = Arrays.copyOf(rowKeys, capacity);
            rowValues = Arrays.copyOf(rowValues, capacity * measures);
        }
        int row = rows++;
        rowUnits[row] = unit;
        rowKeys[row] = cellKey;
        table[slot] = row;
        if (2 * rows > table.length) {
            rehash(table.length * 2);
        }
        return row;
    }

    private void rehash(int size) {
        table = new int[size];
        Arrays.fill(table, EMPTY);
        int mask = size - 1;
        for (int row = 0; row < rows; row++) {
            int slot = slot(rowUnits[row], rowKeys[row], mask);
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = row;
        }
    }

    void seal(int unitCount) {
        start = new int[unitCount + 1];
        for (int row = 0; row < rows; row++) {
            start[rowUnits[row] + 1]++;
        }
        for (int unit = 0; unit < unitCount; unit++) {
            start[unit + 1] += start[unit];
        }
        keys = new long[rows];
        int[] byUnit = new int[rows];
        int[] filled = Arrays.copyOf(start, unitCount);
        for (int row = 0; row < rows; row++) {
            int unit = rowUnits[row];
            byUnit[filled[unit]] = row;
            keys[filled[unit]++] = rowKeys[row];
        }
        values = new double[rows * measures];
        int[] order = new int[0];
        for (int unit = 0; unit < unitCount; unit++) {
            int from = start[unit];
            int length = start[unit + 1] - from;
            if (order.length < length) {
                order = new int[length];
            }
            sortRun(from, length, byUnit, order);
            for (int i = 0; i < length; i++) {
                System.arraycopy(rowValues, byUnit[from + i] * measures, values, (from + i) * measures, measures);
            }
        }
        table = null;
        rowUnits = null;
        rowKeys = null;
        rowValues = null;
    }

    /** Sorts one unit's keys, and its rows with them: keys are distinct within a unit. */
    private void sortRun(int from, int length, int[] byUnit, int[] order) {
        long[] run = Arrays.copyOfRange(keys, from, from + length);
        int[] runRows = Arrays.copyOfRange(byUnit, from, from + length);
        Arrays.sort(keys, from, from + length);
        for (int i = 0; i < length; i++) {
            order[i] = Arrays.binarySearch(keys, from, from + length, run[i]) - from;
        }
        for (int i = 0; i < length; i++) {
            byUnit[from + order[i]] = runRows[i];
        }
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
