package org.meridian.core.scorecard;

/**
 * How raw indicator values are made comparable over a peer set (OECD/JRC Handbook 2008, step 5). Both methods use
 * the observed (non-missing) values of the peer set only and turn the scale so that higher is better.
 * <ul>
 * <li>{@link #MIN_MAX}: {@code (x - min) / (max - min)}, or {@code (max - x) / (max - min)} for a lower-is-better
 * indicator; values in [0, 1], the best peer 1, the worst 0.</li>
 * <li>{@link #Z_SCORE}: {@code (x - mean) / sd} with the population standard deviation (divisor n, the peer set is
 * the whole population compared), negated for a lower-is-better indicator; mean 0, standard deviation 1.</li>
 * </ul>
 * A constant column (one distinct observed value, including a single observation) carries no information: every
 * observed value becomes the neutral 0.5 (min–max) or 0 (z-score). Missing values ({@code NaN}) stay missing.
 */
public enum Normalisation {
    MIN_MAX,
    Z_SCORE;

    /** Normalises one indicator column; {@code NaN} marks a missing value and stays {@code NaN}. */
    public double[] apply(double[] raw, Direction direction) {
        double sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int count = 0;
        for (double x : raw) {
            if (!Double.isNaN(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
                count++;
            }
        }
        double[] normalised = new double[raw.length];
        boolean constant = count == 0 || min == max;
        double mean = count == 0 ? 0 : sum / count;
        double sd = constant ? 0 : populationStandardDeviation(raw, mean, count);
        for (int i = 0; i < raw.length; i++) {
            double x = raw[i];
            if (Double.isNaN(x)) {
                normalised[i] = Double.NaN;
            } else if (constant) {
                normalised[i] = this == MIN_MAX ? 0.5 : 0;
            } else if (this == MIN_MAX) {
                normalised[i] = sign > 0 ? (x - min) / (max - min) : (max - x) / (max - min);
            } else {
                normalised[i] = sign * (x - mean) / sd;
            }
        }
        return normalised;
    }

    private static double populationStandardDeviation(double[] raw, double mean, int count) {
        double squares = 0;
        for (double x : raw) {
            if (!Double.isNaN(x)) {
                squares += (x - mean) * (x - mean);
            }
        }
        return Math.sqrt(squares / count);
    }
}
