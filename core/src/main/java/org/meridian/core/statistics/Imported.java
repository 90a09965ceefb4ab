package org.meridian.core.statistics;

import java.util.List;

/** Records read from one file and the report of what the import met. */
public record Imported<T>(List<T> records, ImportReport report) {

    public Imported {
        records = List.copyOf(records);
    }
}
