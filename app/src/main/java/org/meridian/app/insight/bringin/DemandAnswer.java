package org.meridian.app.insight.bringin;

import java.time.Instant;
import java.util.List;

/**
 * The tenant's own demand list as shown: its name, stated source and subfields (named when the analysed works
 * know them); {@code saved} is false, and the other values empty, until the list is first saved.
 */
public record DemandAnswer(boolean saved, String name, String source, List<FieldRef> fields, String savedBy,
        Instant savedAt) {

    public DemandAnswer {
        fields = List.copyOf(fields);
    }
}
