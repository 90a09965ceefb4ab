package org.meridian.core.matching;

/**
 * The factors of a recommendation, each in [0, 1]: strength = mean strength over the target fields;
 * complementarity = Σ_f (candidate's share of its output in f) × (home's need in f); feasibility = weighted mean
 * of its parts; diversity = 1 − the highest proximity to a candidate ranked above it.
 */
public record Factors(double strength, double complementarity, double feasibility, double diversity,
        FeasibilityParts feasibilityParts) {
}
