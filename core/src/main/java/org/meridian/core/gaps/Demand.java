package org.meridian.core.gaps;

import java.util.List;

/** What the home is asked for: demand lists (national, its own) and demand seen in its records. */
public record Demand(List<DemandList> lists, List<RecordedDemand> records) {

    public Demand {
        lists = List.copyOf(lists);
        records = List.copyOf(records);
    }

    public static Demand none() {
        return new Demand(List.of(), List.of());
    }

    public static Demand of(DemandList... lists) {
        return new Demand(List.of(lists), List.of());
    }

    public Demand withRecords(List<RecordedDemand> recorded) {
        return new Demand(lists, recorded);
    }
}
