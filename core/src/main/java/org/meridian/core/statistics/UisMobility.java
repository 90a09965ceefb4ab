package org.meridian.core.statistics;

import java.util.List;

/** UIS mobility values split into countries and regional aggregates, with the import report. */
public record UisMobility(List<UisValue> countries, List<UisValue> aggregates, ImportReport report) {

    public UisMobility {
        countries = List.copyOf(countries);
        aggregates = List.copyOf(aggregates);
    }
}
