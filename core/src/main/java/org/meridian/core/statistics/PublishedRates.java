package org.meridian.core.statistics;

import java.util.List;

/** Published rates of one file, countries and aggregates apart, with the import report. */
public record PublishedRates(List<PublishedRate> countries, List<PublishedRate> aggregates, ImportReport report) {

    public PublishedRates {
        countries = List.copyOf(countries);
        aggregates = List.copyOf(aggregates);
    }
}
