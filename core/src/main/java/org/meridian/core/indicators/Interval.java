package org.meridian.core.indicators;

/** A closed interval of an indicator's values, {@code lower ≤ upper}. */
public record Interval(double lower, double upper) {

    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("Interval bounds reversed: " + lower + " > " + upper);
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
