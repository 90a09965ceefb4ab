package org.meridian.core.frontier;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.YearRange;

/**
 * Options of {@link ChartingFrontier}.
 *
 * @param itemLevel     the level whose items are scored (topics by default; at subfield level and above every
 *                      item's world pp_top10 is 10% by construction, so only growth tells them apart)
 * @param period        years over which growth is measured
 * @param recentYears   the last years of the period whose works give the item's share of highly cited works
 * @param minVolume     world works over the period below which an item is not scored (score 0)
 * @param frontierScore emergence score from which an item counts as on the frontier
 */
public record FrontierSettings(FieldLevel itemLevel, YearRange period, int recentYears, double minVolume,
        double frontierScore) {

    public FrontierSettings {
        if (recentYears < 1) {
            throw new IllegalArgumentException("recentYears must be at least 1");
        }
    }

    /** Topics, the last 3 years as recent, at least 50 works, frontier from a score of 0.75. */
    public static FrontierSettings defaults(YearRange period) {
        return new FrontierSettings(FieldLevel.TOPIC, period, 3, 50, 0.75);
    }

    public FrontierSettings withItemLevel(FieldLevel level) {
        return new FrontierSettings(level, period, recentYears, minVolume, frontierScore);
    }

    public FrontierSettings withMinVolume(double volume) {
        return new FrontierSettings(itemLevel, period, recentYears, volume, frontierScore);
    }
}
