package org.meridian.core.scholarly.generator;

import org.meridian.core.scholarly.Affiliation;

/**
 * An institution of the generated world.
 *
 * @param size           relative research output, Pareto-distributed (heavy tail)
 * @param quality        multiplier of its works' citations, log-normal
 * @param specialisation share of its output per field (index as {@link SyntheticTaxonomy}), summing to 1
 */
public record SyntheticInstitution(int index, Affiliation affiliation, String region, double size, double quality,
        double[] specialisation) {

    /** Cosine dissimilarity of two field profiles: 0 for the same profile, 1 for disjoint ones. */
    public double complementarity(SyntheticInstitution other) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int f = 0; f < specialisation.length; f++) {
            dot += specialisation[f] * other.specialisation[f];
            a += specialisation[f] * specialisation[f];
            b += other.specialisation[f] * other.specialisation[f];
        }
        return 1 - dot / Math.sqrt(a * b);
    }
}
