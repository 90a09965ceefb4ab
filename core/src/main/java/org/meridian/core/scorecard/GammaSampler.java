package org.meridian.core.scorecard;

import java.util.Random;

/**
 * Gamma(shape, 1) variates by Marsaglia and Tsang's squeeze method (ACM TOMS 26(3), 2000); for shape &lt; 1 the
 * variate of shape + 1 is multiplied by {@code U^(1/shape)}. Normalised gamma variates are Dirichlet variates.
 */
final class GammaSampler {

    private GammaSampler() {
    }

    static double sample(double shape, Random random) {
        if (shape < 1) {
            return sample(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
