package org.meridian.core.frontier;

import java.util.List;

import org.meridian.core.landscape.FieldLevel;

/**
 * An item's emergence score with the numbers behind it.
 * <ul>
 * <li>Growth: CAGR = (p_last / p_first)^(1/(last − first)) − 1 of the world's works (by primary topic) from
 * the first year of the period with output to its last year; 0 when the item has one year of output only.</li>
 * <li>Impact: pp_top10 of the world's works in the item over the recent years (10% is the world average).</li>
 * <li>Score: √(growth percentile × impact percentile) among the items of the level with at least the minimum
 * volume, percentiles by mid-rank ((lower + (equal − 1)/2) / (n − 1)); it is high only when both are high.
 * Items below the minimum volume score 0.</li>
 * </ul>
 *
 * @param worldCagr       the CAGR of all the world's works over the same years, for comparison
 * @param reason          the numbers in one sentence, in English
 * @param reasonCode      the sentence as a message code of the application's bundles ({@code frontier.reason.*}) ...
 * @param reasonArguments ... with its formatted numbers, for other languages
 */
public record Emergence(
        String itemId,
        FieldLevel level,
        double p,
        int firstYear,
        int lastYear,
        double pFirstYear,
        double pLastYear,
        double cagr,
        double worldCagr,
        double recentP,
        double recentPTop10,
        boolean eligible,
        double growthPercentile,
        double impactPercentile,
        double score,
        String reason,
        String reasonCode,
        List<String> reasonArguments) {

    public Emergence {
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** pp_top10 of the recent works. */
    public double recentPpTop10() {
        return recentP > 0 ? recentPTop10 / recentP : 0;
    }
}
