package org.meridian.core.gaps;

import java.util.List;

import org.meridian.core.landscape.Output;

/**
 * The home unit's standing in one field against the world.
 *
 * @param home          the home's fractional output in the field
 * @param activityIndex (p(home, f) / p(home, all)) / (p(world, f) / p(world, all))
 * @param world         the world's output in the field (weight 1 per work)
 * @param frontierShare share of the field's recent world works in frontier items (see the frontier)
 */
public record FieldPosition(String fieldId, Output home, double activityIndex, Output world, double frontierShare,
        List<Classification> classes) {

    public FieldPosition {
        classes = List.copyOf(classes);
    }

    /** MNCS of the home over MNCS of the world in the field (1 when the world has no citations to compare). */
    public double relativeImpact() {
        double worldMncs = world.mncs();
        return worldMncs > 0 ? home.mncs() / worldMncs : 1;
    }

    public boolean has(GapClass gapClass) {
        return classes.stream().anyMatch(c -> c.gapClass() == gapClass);
    }
}
