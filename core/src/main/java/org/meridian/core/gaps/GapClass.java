package org.meridian.core.gaps;

/** How a home unit stands in a field; a field may carry several classes (a weakness in high demand). */
public enum GapClass {
    /** Specialised (activity index above the threshold) and above world impact (MNCS). */
    STRENGTH,
    /** Active (enough p) but below world impact. */
    WEAKNESS,
    /** Under-represented (low activity index) in a field on the frontier. */
    GAP,
    /** Part of a pair of fields whose co-classified works grow faster than either field, where home is under-represented. */
    INTERSECTION,
    /** On a demand list, or asked for by the home's own records while it publishes little there. */
    HIGH_DEMAND
}
