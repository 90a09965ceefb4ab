package org.meridian.core.matching;

/**
 * Empirical-Bayes shrinkage of a unit's mean towards the world's: shrunk = (sum + k·worldMean) / (p + k), as if
 * the unit had {@code priorWorks} (k) more works of world-average quality. A unit with few works stays near the
 * world's mean; a large one keeps its own.
 * <p>
 * k per field by the method of moments, over the units with p ≥ 1 in the field: k = σ² / τ², with σ² the
 * variance of a single work's value (NCS: from the world's Σ NCS²; top-10% share: π(1 − π)) and τ² the
 * p-weighted variance of the units' means minus the part sampling explains (σ² × units / Σ p). k is clamped
 * to [{@link #MIN_PRIOR_WORKS}, {@link #MAX_PRIOR_WORKS}]; it is {@link #DEFAULT_PRIOR_WORKS} where fewer than
 * {@link #MIN_UNITS} units or no spread are there to estimate from, and {@link #MAX_PRIOR_WORKS} where the units
 * differ no more than chance would make them.
 */
public record ShrinkagePrior(double worldMean, double priorWorks) {

    public static final double MIN_PRIOR_WORKS = 1;
    public static final double MAX_PRIOR_WORKS = 100;
    public static final double DEFAULT_PRIOR_WORKS = 10;
    public static final int MIN_UNITS = 5;

    public double shrink(double sum, double p) {
        return p + priorWorks > 0 ? (sum + priorWorks * worldMean) / (p + priorWorks) : worldMean;
    }

    /**
     * Estimates k from the units' output {@code p[i]} and value sums {@code sums[i]} (tncs or p_top10) in one
     * field, given the world's mean and the variance of one work's value.
     */
    public static ShrinkagePrior estimate(double worldMean, double workVariance, double[] p, double[] sums, int count) {
        double totalP = 0;
        double weighted = 0;
        int units = 0;
        for (int i = 0; i < count; i++) {
            if (p[i] >= 1) {
                totalP += p[i];
                weighted += sums[i];
                units++;
            }
        }
        if (units < MIN_UNITS || workVariance <= 0) {
            return new ShrinkagePrior(worldMean, DEFAULT_PRIOR_WORKS);
        }
        double mean = weighted / totalP;
        double spread = 0;
        for (int i = 0; i < count; i++) {
            if (p[i] >= 1) {
                double deviation = sums[i] / p[i] - mean;
                spread += p[i] * deviation * deviation;
            }
        }
        double between = spread / totalP - workVariance * units / totalP;
        double k = between <= 0 ? MAX_PRIOR_WORKS : workVariance / between;
        return new ShrinkagePrior(worldMean, Math.max(MIN_PRIOR_WORKS, Math.min(MAX_PRIOR_WORKS, k)));
    }

    /** A fixed k, e.g. 0 to switch shrinkage off. */
    public static ShrinkagePrior fixed(double worldMean, double priorWorks) {
        return new ShrinkagePrior(worldMean, priorWorks);
    }
}
