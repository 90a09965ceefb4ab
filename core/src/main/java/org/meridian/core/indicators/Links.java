package org.meridian.core.indicators;

import java.util.Arrays;

/**
 * Work-to-unit links collected work by work while a {@link WorkTable} is built, then turned unit-major into
 * {@link Postings} by a counting sort that keeps the work order.
 */
final class Links {

    private int[] work = new int[1024];
    private int[] unit = new int[1024];
    private double[] weight = new double[1024];
    private boolean[] corresponding = new boolean[1024];
    private int size;

    void add(int workIndex, int unitCode, double unitWeight, boolean isCorresponding) {
        if (size == work.length) {
            int capacity = size + (size >> 1);
            work = Arrays.copyOf(work, capacity);
            unit = Arrays.copyOf(unit, capacity);
            weight = Arrays.copyOf(weight, capacity);
            corresponding = Arrays.copyOf(corresponding, capacity);
        }
        work[size] = workIndex;
        unit[size] = unitCode;
        weight[size] = unitWeight;
        corresponding[size] = isCorresponding;
        size++;
    }

    /** The links grouped by unit, unit codes first replaced through {@code remap}. */
    Postings toPostings(int unitCount, int[] remap) {
        int[] start = new int[unitCount + 1];
        for (int i = 0; i < size; i++) {
            start[remap[unit[i]] + 1]++;
        }
        for (int u = 0; u < unitCount; u++) {
            start[u + 1] += start[u];
        }
        int[] next = Arrays.copyOf(start, unitCount);
        int[] sortedWork = new int[size];
        double[] sortedWeight = new double[size];
        boolean[] sortedCorresponding = new boolean[size];
        for (int i = 0; i < size; i++) {
            int position = next[remap[unit[i]]]++;
            sortedWork[position] = work[i];
            sortedWeight[position] = weight[i];
            sortedCorresponding[position] = corresponding[i];
        }
        work = null;
        unit = null;
        weight = null;
        corresponding = null;
        return new Postings(start, sortedWork, sortedWeight, sortedCorresponding);
    }
}
