package org.meridian.core.scorecard;

import java.util.Arrays;

/**
 * Ranks of composite scores: rank 1 is the highest score. Tied units (exactly equal scores) share the mean of the
 * positions they occupy (fractional ranking, e.g. scores 9, 7, 7, 5 rank 1, 2.5, 2.5, 4), so that ranks always
 * sum to {@code n(n+1)/2}. An undefined score ({@code NaN}) gets no rank ({@code NaN}) and is not counted.
 */
public final class Ranking {

    private Ranking() {
    }

    public static double[] fractional(double[] scores) {
        double[] ranks = new double[scores.length];
        fractional(scores, new double[scores.length], ranks);
        return ranks;
    }

    /** The same into {@code ranks}, using {@code scratch} (at least as long as {@code scores}) as working space. */
    static void fractional(double[] scores, double[] scratch, double[] ranks) {
        int defined = 0;
        for (double score : scores) {
            if (!Double.isNaN(score)) {
                scratch[defined++] = score;
            }
        }
        Arrays.sort(scratch, 0, defined);
        for (int u = 0; u < scores.length; u++) {
            double score = scores[u];
            if (Double.isNaN(score)) {
                ranks[u] = Double.NaN;
                continue;
            }
            int below = lowerBound(scratch, defined, score);
            int notAbove = below;
            while (notAbove < defined && scratch[notAbove] == score) {
                notAbove++;
            }
            int greater = defined - notAbove;
            int equal = notAbove - below;
            ranks[u] = greater + (equal + 1) / 2.0;
        }
    }

    private static int lowerBound(double[] sorted, int length, double value) {
        int low = 0;
        int high = length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
