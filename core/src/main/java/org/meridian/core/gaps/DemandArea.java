package org.meridian.core.gaps;

import java.util.Set;

/** One area of a demand list (e.g. "Integrated circuits") and the field ids it is mapped to. */
public record DemandArea(String name, String localName, Set<String> fieldIds) {

    public DemandArea {
        fieldIds = Set.copyOf(fieldIds);
    }
}
