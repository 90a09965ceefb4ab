package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WeightPerturbationTests {

    @Test
    void dirichletSharesAverageTheNominalSharesWithTheExpectedSpread() {
        // alpha = 10 each, alpha0 = 40: mean .25, variance alpha (alpha0 - alpha) / (alpha0^2 (alpha0 + 1))
        double expectedSd = Math.sqrt(10.0 * 30 / (1600 * 41));
        WeightPerturbation dirichlet = new WeightPerturbation.Dirichlet(10);
        Random random = new Random(3);
        int draws = 20_000;
        double sum = 0;
        double squares = 0;
        for (int d = 0; d < draws; d++) {
            double[] shares = dirichlet.draw(new double[] {0.25, 0.25, 0.25, 0.25}, random);
            assertThat(Arrays.stream(shares).sum()).isCloseTo(1, within(1e-12));
            sum += shares[0];
            squares += shares[0] * shares[0];
        }
        double mean = sum / draws;
        assertThat(mean).isCloseTo(0.25, within(0.002));
        assertThat(Math.sqrt(squares / draws - mean * mean)).isCloseTo(expectedSd, within(0.002));
    }

    @Test
    void dirichletFollowsUnequalNominalShares() {
        WeightPerturbation dirichlet = new WeightPerturbation.Dirichlet(20);
        Random random = new Random(4);
        double sum = 0;
        for (int d = 0; d < 10_000; d++) {
            sum += dirichlet.draw(new double[] {0.6, 0.3, 0.1}, random)[0];
        }
        assertThat(sum / 10_000).isCloseTo(0.6, within(0.003));
    }

    @Test
    void zeroWeightStaysZero() {
        Random random = new Random(5);
        assertThat(new WeightPerturbation.Dirichlet(5).draw(new double[] {0.5, 0, 0.5}, random)[1]).isZero();
        assertThat(new WeightPerturbation.Uniform(0.5).draw(new double[] {0.5, 0, 0.5}, random)[1]).isZero();
    }

    @Test
    void uniformPerturbationStaysWithinItsBand() {
        Random random = new Random(6);
        for (int d = 0; d < 1000; d++) {
            double[] shares = new WeightPerturbation.Uniform(0.2).draw(new double[] {0.5, 0.5}, random);
            // each raw factor in [.8, 1.2]: the share of the first lies in [.8 / 2, 1.2 / 2]
            assertThat(shares[0]).isBetween(0.8 / 2.0, 1.2 / 2.0);
        }
    }
}
