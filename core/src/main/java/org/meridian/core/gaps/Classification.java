package org.meridian.core.gaps;

/** One class given to a field, with the numbers and thresholds that decided it. */
public record Classification(GapClass gapClass, String reason) {
}
