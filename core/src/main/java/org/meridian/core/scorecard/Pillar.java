package org.meridian.core.scorecard;

import java.util.List;
import java.util.Objects;

/** A first-level node of the indicator tree (influence, competitiveness, voice) and the indicators under it. */
public record Pillar(String id, BilingualText name, BilingualText definition, List<Indicator> indicators) {

    public Pillar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indicators = List.copyOf(indicators);
        for (Indicator indicator : indicators) {
            if (!indicator.pillarId().equals(id)) {
                throw new IllegalArgumentException(indicator.id() + " belongs to " + indicator.pillarId() + ", not " + id);
            }
        }
    }
}
