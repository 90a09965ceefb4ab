package org.meridian.core.scorecard;

/**
 * Which end of an indicator's scale is good. Normalisation turns every indicator so that a higher normalised value
 * is better: a {@link #LOWER_IS_BETTER} indicator is mirrored ({@code max - x} in min–max, {@code -z} in z-scores).
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
