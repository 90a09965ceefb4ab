package org.meridian.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShrinkagePriorTests {

    @Test
    void pullsASmallUnitTowardsTheWorldMean() {
        ShrinkagePrior prior = ShrinkagePrior.fixed(1, 10);

        assertThat(prior.shrink(12, 1)).isCloseTo(22 / 11.0, within(1e-12));
        assertThat(prior.shrink(2000, 1000)).isCloseTo(2010 / 1010.0, within(1e-12));
    }

    @Test
    void estimatesPriorWorksAsWithinOverBetweenVariance() {
        // five units of 10 works with means 0.5, 0.5, 1, 1.5, 1.5 (weighted mean 1, spread 0.2); work variance 1:
        // between = 0.2 - 1 × 5 / 50 = 0.1, so k = 1 / 0.1 = 10
        double[] p = {10, 10, 10, 10, 10};
        double[] sums = {5, 5, 10, 15, 15};

        assertThat(ShrinkagePrior.estimate(1, 1, p, sums, 5).priorWorks()).isCloseTo(10, within(1e-9));
    }

    @Test
    void shrinksHardestWhenUnitsDifferNoMoreThanChance() {
        double[] p = {10, 10, 10, 10, 10};
        double[] sums = {9, 10, 11, 10, 10};

        assertThat(ShrinkagePrior.estimate(1, 1, p, sums, 5).priorWorks()).isEqualTo(ShrinkagePrior.MAX_PRIOR_WORKS);
    }

    @Test
    void fallsBackToTheDefaultWithTooFewUnits() {
        assertThat(ShrinkagePrior.estimate(1, 1, new double[] {10, 10}, new double[] {5, 15}, 2).priorWorks())
                .isEqualTo(ShrinkagePrior.DEFAULT_PRIOR_WORKS);
    }
}
