package org.meridian.core.indicators;

/**
 * Stability intervals by bootstrap, as the Leiden Ranking reports them: the unit's works in a field and period
 * are resampled with replacement (as many draws as works) {@code samples} times, each indicator is recomputed on
 * every resample with the works' weights, and the interval runs from the 2.5th to the 97.5th percentile
 * (nearest rank: the ⌈0.025·samples⌉-th and ⌈0.975·samples⌉-th smallest values).
 * <p>
 * Each unit and field draws from its own {@link java.util.SplittableRandom} seeded from {@code seed}, the unit id, the
 * field id and the period, so a row's interval does not depend on which other rows are computed or on threads.
 *
 * @param samples number of resamples; 0 for no intervals
 * @param seed    the seed all draws derive from
 */
public record Bootstrap(int samples, long seed) {

    /** No stability intervals. */
    public static final Bootstrap NONE = new Bootstrap(0, 0L);

    /** The Leiden Ranking uses 1000 resamples. */
    public static final int LEIDEN_SAMPLES = 1000;

    public Bootstrap {
        if (samples < 0) {
            throw new IllegalArgumentException("Negative number of bootstrap samples: " + samples);
        }
    }

    public static Bootstrap withSeed(long seed) {
        return new Bootstrap(LEIDEN_SAMPLES, seed);
    }

    public boolean enabled() {
        return samples > 0;
    }
}
