package org.meridian.core.indicators;

import java.util.Map;

/**
 * Display names to put on indicator rows. {@code units} maps institution ids, country codes or group names to
 * names; {@code fields} maps domain, field, subfield or topic ids to names. A name given here wins over one found
 * in the works (institution display names and topic names); a unit or field named nowhere gets an empty name.
 */
public record Names(Map<String, String> units, Map<String, String> fields) {

    public static final Names NONE = new Names(Map.of(), Map.of());

    public Names {
        units = Map.copyOf(units);
        fields = Map.copyOf(fields);
    }
}
