package org.meridian.core.scorecard;

import java.util.Arrays;

/**
 * First-order sensitivity index {@code S = Var(E[Y | X]) / Var(Y)} of an output Y (a unit's rank) to one input
 * factor X, estimated from the Monte Carlo sample itself ("given data"): the draws are grouped by X, Y's mean is
 * taken per group, and S is the share of Y's total sum of squares explained by the group means. A discrete factor
 * is grouped by its levels; a continuous factor into {@link #BINS} equal-frequency bins (deciles of X). S lies in
 * [0, 1]; a factor with no effect shows about {@code (groups - 1) / (draws - 1)} from sampling noise (0.009 for
 * deciles over 1,000 draws). A factor that does not vary, or an output that does not vary, has S = 0.
 */
final class FirstOrderSensitivity {

    static final int BINS = 10;

    /** Group index per draw, and the number of groups. */
    record Grouping(int[] groupOfDraw, int groups) {
    }

    private FirstOrderSensitivity() {
    }

    /** Equal-frequency bins of a continuous factor; ties in X are broken by draw order, so bins stay equal. */
    static Grouping bins(double[] factor) {
        int draws = factor.length;
        if (Arrays.stream(factor).distinct().count() == 1) {
            return new Grouping(new int[draws], 1);
        }
        Integer[] order = new Integer[draws];
        for (int d = 0; d < draws; d++) {
            order[d] = d;
        }
        Arrays.sort(order, (a, b) -> Double.compare(factor[a], factor[b]));
        int[] group = new int[draws];
        for (int position = 0; position < draws; position++) {
            group[order[position]] = (int) ((long) position * BINS / draws);
        }
        return new Grouping(group, BINS);
    }

    /** Groups of a discrete factor given as a level index per draw. */
    static Grouping levels(int[] level, int levelCount) {
        return new Grouping(level.clone(), levelCount);
    }

    static double index(float[] output, Grouping grouping) {
        if (grouping.groups() < 2) {
            return 0;
        }
        int draws = output.length;
        double[] sums = new double[grouping.groups()];
        int[] counts = new int[grouping.groups()];
        int[] groupOfDraw = grouping.groupOfDraw();
        double total = 0;
        double squares = 0;
        for (int d = 0; d < draws; d++) {
            double y = output[d];
            sums[groupOfDraw[d]] += y;
            counts[groupOfDraw[d]]++;
            total += y;
            squares += y * y;
        }
        double mean = total / draws;
        double totalSquares = squares - draws * mean * mean;
        if (Double.isNaN(totalSquares)) {
            return Double.NaN;
        }
        if (totalSquares <= 1e-9 * Math.max(1, squares)) {
            return 0;
        }
        double between = 0;
        for (int group = 0; group < sums.length; group++) {
            if (counts[group] > 0) {
                double groupMean = sums[group] / counts[group];
                between += counts[group] * (groupMean - mean) * (groupMean - mean);
            }
        }
        return between / totalSquares;
    }
}
