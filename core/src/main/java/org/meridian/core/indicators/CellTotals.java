package org.meridian.core.indicators;

import java.util.Arrays;

/**
 * Running sums of one unit's works per cell, a cell being a field and a year slot; one instance per thread,
 * cleared between units at the cost of the cells touched.
 */
final class CellTotals {

    final double[] p;
    final double[] pCollab;
    final double[] pIntCollab;
    final double[] pIndustry;
    final double[] tcs;
    final double[] tncs;
    final double[] pTop10;
    final int[] works;
    final int[] intCollabWorks;
    final int[] ledWorks;
    private final int[] touched;
    private final boolean[] isTouched;
    private int touchedCount;

    CellTotals(int cellCount) {
        p = new double[cellCount];
        pCollab = new double[cellCount];
        pIntCollab = new double[cellCount];
        pIndustry = new double[cellCount];
        tcs = new double[cellCount];
        tncs = new double[cellCount];
        pTop10 = new double[cellCount];
        works = new int[cellCount];
        intCollabWorks = new int[cellCount];
        ledWorks = new int[cellCount];
        touched = new int[cellCount];
        isTouched = new boolean[cellCount];
    }

    void add(int cell, double weight, boolean collab, boolean intCollab, boolean industry, long citations,
            double ncs, double topShare, boolean led) {
        if (!isTouched[cell]) {
            isTouched[cell] = true;
            touched[touchedCount++] = cell;
        }
        p[cell] += weight;
        if (collab) {
            pCollab[cell] += weight;
        }
        if (intCollab) {
            pIntCollab[cell] += weight;
            intCollabWorks[cell]++;
            if (led) {
                ledWorks[cell]++;
            }
        }
        if (industry) {
            pIndustry[cell] += weight;
        }
        tcs[cell] += weight * citations;
        tncs[cell] += weight * ncs;
        pTop10[cell] += weight * topShare;
        works[cell]++;
    }

    /** Adds to the size only, for the cells that total all fields. */
    void addSize(int cell, double weight) {
        if (!isTouched[cell]) {
            isTouched[cell] = true;
            touched[touchedCount++] = cell;
        }
        p[cell] += weight;
    }

    /** The touched cells in increasing order. */
    int[] touchedCells() {
        int[] cells = Arrays.copyOf(touched, touchedCount);
        Arrays.sort(cells);
        return cells;
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int cell = touched[i];
            isTouched[cell] = false;
            p[cell] = 0;
            pCollab[cell] = 0;
            pIntCollab[cell] = 0;
            pIndustry[cell] = 0;
            tcs[cell] = 0;
            tncs[cell] = 0;
            pTop10[cell] = 0;
            works[cell] = 0;
            intCollabWorks[cell] = 0;
            ledWorks[cell] = 0;
        }
        touchedCount = 0;
    }
}
