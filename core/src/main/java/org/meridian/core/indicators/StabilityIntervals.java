package org.meridian.core.indicators;

import java.util.List;

/**
 * 95% stability intervals of a row's indicators, by bootstrap over the unit's works (see {@link Bootstrap}).
 * Output columns are named after the indicator with {@code _lower} and {@code _upper} appended, in the order of
 * {@link #INDICATORS}.
 */
public record StabilityIntervals(
        Interval ppCollab,
        Interval ppIntCollab,
        Interval ppIndustry,
        Interval mcs,
        Interval mncs,
        Interval pTop10,
        Interval ppTop10) {

    /** The indicators that carry an interval, by their output names. */
    public static final List<String> INDICATORS =
            List.of("pp_collab", "pp_int_collab", "pp_industry", "mcs", "mncs", "p_top10", "pp_top10");

    /** The intervals in the order of {@link #INDICATORS}. */
    public List<Interval> inOrder() {
        return List.of(ppCollab, ppIntCollab, ppIndustry, mcs, mncs, pTop10, ppTop10);
    }
}
