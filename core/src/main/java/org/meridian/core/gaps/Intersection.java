package org.meridian.core.gaps;

import org.meridian.core.landscape.FieldPair;

/**
 * Two fields whose co-classified works (a work's topics span both) grow faster than either field's works,
 * where the home is under-represented.
 *
 * @param worldWorks    the world's co-classified works over the period
 * @param cagr          their compound annual growth
 * @param firstCagr     growth of the first field's works (by primary topic)
 * @param secondCagr    growth of the second field's works
 * @param homeP         the home's fractional weight on the co-classified works
 * @param activityIndex (homeP / p(home, all)) / (worldWorks / p(world, all))
 * @param reason         in English
 * @param classification the class it gives both fields, with its reason as a message code and arguments
 */
public record Intersection(FieldPair pair, double worldWorks, double cagr, double firstCagr, double secondCagr,
        double homeP, double activityIndex, String reason, Classification classification) {

    /** How much faster the pair grows than the faster of its two fields. */
    public double growthLead() {
        return cagr - Math.max(firstCagr, secondCagr);
    }
}
