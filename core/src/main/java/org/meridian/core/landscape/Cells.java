package org.meridian.core.landscape;

import java.util.Arrays;

/**
 * Sparse cells (unit, key, year) holding a fixed number of additive measures. Built by adding (duplicates
 * add up), then sealed: sorted by unit, key and year, so a unit's cells are one contiguous run.
 * <p>
 * While building, the cells sit in one open-addressing table over primitive rows (unit, cell key, and the
 * cell's measures) rather than in boxed maps: a landscape of a million works holds millions of cells, and a map
 * entry, a boxed key and an array per cell cost several times the cell itself. The rows are kept in chunks of
 * {@value #CHUNK_ROWS}, so that growing never copies them and no array is large enough for the collector to
 * need a long run of free memory for it; sealing sorts the rows in place, within the same chunks.
 */
final class Cells {

    static final int FIRST_YEAR = 1900;
    private static final int YEAR_BITS = 8;
    /** An odd constant whose product spreads structured keys over a hash table (see {@link LandscapeBuilder#exampleKey}). */
    static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int EMPTY = -1;
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_ROWS = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_ROWS - 1;

    private final int measures;
    private int rows;
    // row -> cell key and measures, in chunks of CHUNK_ROWS rows
    private long[][] keys = new long[0][];
    private double[][] values = new double[0][];
    // building only: table slot -> row (or EMPTY); row -> unit
    private int[] table = new int[1 << 10];
    private int[][] units = new int[0][];
    // sealed: a unit's rows are start[unit] to start[unit + 1]
    private int[] start;

    Cells(int measures) {
        this.measures = measures;
        Arrays.fill(table, EMPTY);
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
        double[] chunk = values[row >>> CHUNK_BITS];
        int at = (row & CHUNK_MASK) * measures;
        for (int m = 0; m < measures; m++) {
            chunk[at + m] += measureValues[m];
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
            if (rowKey(row) == cellKey && rowUnit(row) == unit) {
                return row;
            }
        }
    }

    private long rowKey(int row) {
        return keys[row >>> CHUNK_BITS][row & CHUNK_MASK];
    }

    private int rowUnit(int row) {
        return units[row >>> CHUNK_BITS][row & CHUNK_MASK];
    }

    private static int slot(int unit, long cellKey, int mask) {
        long hash = (cellKey + unit * 0xC2B2AE3D27D4EB4FL) * MIX;
        return (int) (hash >>> 32 ^ hash) & mask;
    }

    private int insert(int slot, int unit, long cellKey) {
        int row = rows++;
        int chunk = row >>> CHUNK_BITS;
        if (chunk == keys.length) {
            keys = Arrays.copyOf(keys, chunk + 1);
            values = Arrays.copyOf(values, chunk + 1);
            units = Arrays.copyOf(units, chunk + 1);
            keys[chunk] = new long[CHUNK_ROWS];
            values[chunk] = new double[CHUNK_ROWS * measures];
            units[chunk] = new int[CHUNK_ROWS];
        }
        units[chunk][row & CHUNK_MASK] = unit;
        keys[chunk][row & CHUNK_MASK] = cellKey;
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
            int slot = slot(rowUnit(row), rowKey(row), mask);
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = row;
        }
    }

    /**
     * Sorts the rows by unit, key and year, in place: a counting sort by unit and a sort of each unit's keys give
     * every position its row, and the rows then move along the cycles of that permutation.
     */
    void seal(int unitCount) {
        table = null;
        start = new int[unitCount + 1];
        for (int row = 0; row < rows; row++) {
            start[rowUnit(row) + 1]++;
        }
        for (int unit = 0; unit < unitCount; unit++) {
            start[unit + 1] += start[unit];
        }
        int[] rowAt = new int[rows];
        int[] filled = Arrays.copyOf(start, unitCount);
        for (int row = 0; row < rows; row++) {
            rowAt[filled[rowUnit(row)]++] = row;
        }
        units = null;
        long[] run = new long[0];
        int[] runRows = new int[0];
        for (int unit = 0; unit < unitCount; unit++) {
            int from = start[unit];
            int length = start[unit + 1] - from;
            if (run.length < length) {
                run = new long[length];
                runRows = new int[length];
            }
            for (int i = 0; i < length; i++) {
                runRows[i] = rowAt[from + i];
                run[i] = rowKey(runRows[i]);
            }
            long[] sorted = Arrays.copyOf(run, length);
            Arrays.sort(sorted);
            for (int i = 0; i < length; i++) {
                // keys are distinct within a unit: a key's place among the sorted ones is its rank
                rowAt[from + Arrays.binarySearch(sorted, run[i])] = runRows[i];
            }
        }
        permute(rowAt);
    }

    /** Moves the row {@code rowAt[p]} to position p for every p, following each cycle once. */
    private void permute(int[] rowAt) {
        double[] held = new double[measures];
        for (int first = 0; first < rows; first++) {
            if (rowAt[first] == EMPTY || rowAt[first] == first) {
                continue;
            }
            long heldKey = rowKey(first);
            System.arraycopy(values[first >>> CHUNK_BITS], (first & CHUNK_MASK) * measures, held, 0, measures);
            int position = first;
            for (int source = rowAt[position]; source != first; source = rowAt[position]) {
                rowAt[position] = EMPTY;
                setRow(position, rowKey(source), values[source >>> CHUNK_BITS], (source & CHUNK_MASK) * measures);
                position = source;
            }
            rowAt[position] = EMPTY;
            setRow(position, heldKey, held, 0);
        }
    }

    /** Writes a row's key, and its measures from {@code measuresFrom} at {@code offset}. */
    private void setRow(int row, long key, double[] measuresFrom, int offset) {
        keys[row >>> CHUNK_BITS][row & CHUNK_MASK] = key;
        System.arraycopy(measuresFrom, offset, values[row >>> CHUNK_BITS], (row & CHUNK_MASK) * measures, measures);
    }

    int from(int unit) {
        return unit < 0 || unit + 1 >= start.length ? 0 : start[unit];
    }

    int to(int unit) {
        return unit < 0 || unit + 1 >= start.length ? 0 : start[unit + 1];
    }

    long key(int row) {
        return rowKey(row) >>> YEAR_BITS;
    }

    int year(int row) {
        return (int) (rowKey(row) & ((1 << YEAR_BITS) - 1)) + FIRST_YEAR;
    }

    double value(int row, int measure) {
        return values[row >>> CHUNK_BITS][(row & CHUNK_MASK) * measures + measure];
    }

    int measures() {
        return measures;
    }
}
