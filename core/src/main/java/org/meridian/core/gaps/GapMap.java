package org.meridian.core.gaps;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.meridian.core.landscape.Home;

/** The gap analysis of a home unit: its position in every field with world output, and its intersections. */
public record GapMap(Home home, GapSettings settings, List<FieldPosition> fields, List<Intersection> intersections) {

    /** Classes whose fields a partner search targets by default. */
    public static final Set<GapClass> TARGET_CLASSES =
            EnumSet.of(GapClass.WEAKNESS, GapClass.GAP, GapClass.INTERSECTION, GapClass.HIGH_DEMAND);

    public GapMap {
        fields = List.copyOf(fields);
        intersections = List.copyOf(intersections);
    }

    public Optional<FieldPosition> field(String fieldId) {
        return fields.stream().filter(f -> f.fieldId().equals(fieldId)).findFirst();
    }

    public List<FieldPosition> withClass(GapClass gapClass) {
        return fields.stream().filter(f -> f.has(gapClass)).toList();
    }

    /** The default targets of a partner search: fields that are a weakness, gap, intersection or in high demand. */
    public List<String> targetFieldIds() {
        Set<String> targets = new LinkedHashSet<>();
        for (FieldPosition field : fields) {
            if (field.classes().stream().anyMatch(c -> TARGET_CLASSES.contains(c.gapClass()))) {
                targets.add(field.fieldId());
            }
        }
        return List.copyOf(targets);
    }
}
