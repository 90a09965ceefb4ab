package org.meridian.core.matching;

/**
 * Weights of a talent search: score = (output·O + excellence·E + ties·T) / (their sum). Defaults: output 0.5,
 * excellence 0.3, ties 0.2 — field-normalised output first, as the ranking is meant to be.
 */
public record TalentWeights(double output, double excellence, double ties) {

    public TalentWeights {
        if (output < 0 || excellence < 0 || ties < 0 || output + excellence + ties == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all 0");
        }
    }

    public static TalentWeights defaults() {
        return new TalentWeights(0.5, 0.3, 0.2);
    }
}
