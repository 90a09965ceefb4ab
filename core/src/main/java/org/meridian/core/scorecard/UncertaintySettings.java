package org.meridian.core.scorecard;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The uncertain inputs of the Monte Carlo analysis (OECD/JRC Handbook 2008, step 7) and its seed. In every draw
 * the weights are perturbed, and one normalisation and one aggregation are picked with equal probability from the
 * given sets; the same seed gives the same result.
 *
 * @param draws          number of Monte Carlo draws (at least 10)
 * @param seed           seed of the {@link java.util.Random} the draws are taken from
 * @param normalisations normalisations to choose from (one of them makes the choice fixed)
 * @param aggregations   aggregations to choose from
 */
public record UncertaintySettings(int draws, long seed, WeightPerturbation weights, Set<Normalisation> normalisations,
        Set<Aggregation> aggregations) {

    public UncertaintySettings {
        if (draws < 10) {
            throw new IllegalArgumentException("at least 10 draws: " + draws);
        }
        Objects.requireNonNull(weights, "weights");
        if (normalisations.isEmpty() || aggregations.isEmpty()) {
            throw new IllegalArgumentException("choose at least one normalisation and one aggregation");
        }
        normalisations = Set.copyOf(EnumSet.copyOf(normalisations));
        aggregations = Set.copyOf(EnumSet.copyOf(aggregations));
    }

    /** 1,000 draws, Dirichlet weights with concentration 10, both normalisations, both aggregations. */
    public static UncertaintySettings defaults(long seed) {
        return new UncertaintySettings(1000, seed, new WeightPerturbation.Dirichlet(10),
                EnumSet.allOf(Normalisation.class), EnumSet.allOf(Aggregation.class));
    }
}
