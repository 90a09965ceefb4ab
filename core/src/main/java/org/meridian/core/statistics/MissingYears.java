package org.meridian.core.statistics;

import java.util.Map;
import java.util.TreeSet;

/** Reports the years missing inside each series' first and last year as {@link Finding#MISSING_YEAR}. */
final class MissingYears {

    private MissingYears() {
    }

    static void report(Map<String, TreeSet<Integer>> yearsBySeries, ImportReport.Builder report) {
        yearsBySeries.forEach((series, years) -> {
            for (int year = years.first(); year <= years.last(); year++) {
                if (!years.contains(year)) {
                    report.note(Finding.MISSING_YEAR, series + " " + year);
                }
            }
        });
    }
}
