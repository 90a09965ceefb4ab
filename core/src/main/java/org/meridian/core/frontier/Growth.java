package org.meridian.core.frontier;

import org.meridian.core.landscape.YearRange;

/**
 * Compound annual growth of a yearly series: CAGR = (last / first)^(1/(lastYear − firstYear)) − 1, from the
 * first year with output to the period's last year; 0 when there is a single year of output (no growth can be
 * measured) and −1 when output stops.
 */
public record Growth(int firstYear, double first, double last, double cagr) {

    /** {@code series[i]} is the output of year {@code period.from() + i}. */
    public static Growth of(double[] series, YearRange period) {
        if (series.length != period.length()) {
            throw new IllegalArgumentException("a series of " + series.length + " values for " + period);
        }
        int start = 0;
        while (start < series.length - 1 && series[start] == 0) {
            start++;
        }
        double first = series[start];
        double last = series[series.length - 1];
        int span = series.length - 1 - start;
        double cagr = span == 0 || first == 0 ? 0 : Math.pow(last / first, 1.0 / span) - 1;
        return new Growth(period.from() + start, first, last, cagr);
    }
}
