package org.meridian.core.scorecard;

import java.util.Random;

/**
 * How the Monte Carlo analysis varies weights around their nominal values. Applied separately to the indicator
 * shares within each pillar and to the pillar shares; a nominal share of 0 stays 0, every positive share stays
 * positive, and each draw's shares sum to 1.
 */
public sealed interface WeightPerturbation {

    /** One draw of shares around {@code nominal} (shares summing to 1). */
    double[] draw(double[] nominal, Random random);

    /**
     * Shares drawn from a Dirichlet distribution with mean equal to the nominal shares and parameters
     * {@code alpha_i = concentration * k * s_i} (k = number of positive shares), so that equal nominal shares all get
     * {@code alpha = concentration}. Larger concentration, tighter weights: with 4 equal shares and concentration 10
     * each share has mean 0.25 and standard deviation 0.068.
     */
    record Dirichlet(double concentration) implements WeightPerturbation {

        public Dirichlet {
            if (!(concentration > 0) || Double.isInfinite(concentration)) {
                throw new IllegalArgumentException("concentration must be positive: " + concentration);
            }
        }

        @Override
        public double[] draw(double[] nominal, Random random) {
            int positive = 0;
            for (double share : nominal) {
                positive += share > 0 ? 1 : 0;
            }
            double[] drawn = new double[nominal.length];
            double sum = 0;
            for (int i = 0; i < nominal.length; i++) {
                if (nominal[i] > 0) {
                    drawn[i] = GammaSampler.sample(concentration * positive * nominal[i], random);
                    sum += drawn[i];
                }
            }
            return divide(drawn, sum);
        }
    }

    /**
     * Each share multiplied by an independent factor uniform on {@code [1 - h, 1 + h]}, then all renormalised;
     * {@code 0 <= h < 1}.
     */
    record Uniform(double relativeHalfWidth) implements WeightPerturbation {

        public Uniform {
            if (!(relativeHalfWidth >= 0 && relativeHalfWidth < 1)) {
                throw new IllegalArgumentException("half-width must be in [0, 1): " + relativeHalfWidth);
            }
        }

        @Override
        public double[] draw(double[] nominal, Random random) {
            double[] drawn = new double[nominal.length];
            double sum = 0;
            for (int i = 0; i < nominal.length; i++) {
                drawn[i] = nominal[i] * (1 + relativeHalfWidth * (2 * random.nextDouble() - 1));
                sum += drawn[i];
            }
            return divide(drawn, sum);
        }
    }

    /** No perturbation: the nominal shares in every draw. */
    record Fixed() implements WeightPerturbation {

        @Override
        public double[] draw(double[] nominal, Random random) {
            return nominal.clone();
        }
    }

    private static double[] divide(double[] values, double sum) {
        if (sum > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= sum;
            }
        }
        return values;
    }
}
