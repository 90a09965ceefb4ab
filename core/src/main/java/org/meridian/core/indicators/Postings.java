package org.meridian.core.indicators;

/**
 * For each unit, the works it appears on, in increasing work order: entries {@code start[u]} to
 * {@code start[u + 1] - 1} of {@code work}, with the unit's fractional weight on that work and whether one of
 * the unit's authorships on it is corresponding.
 */
final class Postings {

    final int[] start;
    final int[] work;
    final double[] weight;
    final boolean[] corresponding;

    Postings(int[] start, int[] work, double[] weight, boolean[] corresponding) {
        this.start = start;
        this.work = work;
        this.weight = weight;
        this.corresponding = corresponding;
    }

    int unitCount() {
        return start.length - 1;
    }

    int size() {
        return work.length;
    }

    long bytes() {
        return 4L * start.length + 13L * work.length;
    }
}
