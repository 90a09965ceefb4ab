package org.meridian.core.scorecard;

import java.util.Objects;

/** A named, saved weighting (e.g. "voice first") so that users can compare the scorecard under several views. */
public record WeightVariant(String name, BilingualText description, Weights weights) {

    public WeightVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(weights, "weights");
    }
}
