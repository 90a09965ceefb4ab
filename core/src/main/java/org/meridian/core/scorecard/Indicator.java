package org.meridian.core.scorecard;

import java.util.Objects;

/**
 * One leaf of the indicator tree, described the way the OECD/JRC Handbook on Constructing Composite Indicators
 * (2008, step 2) asks: what it measures, where the number comes from, which direction is good and in what unit.
 *
 * @param id         stable snake_case id, e.g. {@code pp_int_collab_led}
 * @param pillarId   id of the pillar it belongs to
 * @param source     where the value comes from (data set and how it is computed)
 * @param unit       unit of the raw value, e.g. {@code share (0-1)}, {@code students (headcount)}
 */
public record Indicator(String id, String pillarId, BilingualText name, BilingualText definition, String source,
        Direction direction, String unit) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pillarId, "pillarId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(unit, "unit");
    }
}
