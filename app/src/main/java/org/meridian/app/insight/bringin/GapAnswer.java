package org.meridian.app.insight.bringin;

import java.util.List;

import org.meridian.core.gaps.Classification;
import org.meridian.core.gaps.GapSettings;
import org.meridian.core.gaps.Intersection;
import org.meridian.core.landscape.YearRange;

/**
 * The gap map of a home unit: every field of the level with the home's numbers against the world's and the
 * classes it falls in, each with its reason; fast-growing intersections; the demand lists used with their
 * sources; recorded demand that could not be mapped to a field; notes on what else was left out.
 */
public record GapAnswer(String home, YearRange period, GapSettings settings, List<Field> fields,
        List<Intersection> intersections, List<DemandSource> demandSources, List<UnmappedDemand> unmappedDemand,
        List<String> notes) {

    public GapAnswer {
        fields = List.copyOf(fields);
        intersections = List.copyOf(intersections);
        demandSources = List.copyOf(demandSources);
        unmappedDemand = List.copyOf(unmappedDemand);
        notes = List.copyOf(notes);
    }

    /**
     * One field: the home's fractional p, MNCS, pp_top10 and activity index; the world's p and MNCS; MNCS
     * relative to the world's; the share of the field's recent world works on the frontier; its classes.
     */
    public record Field(String id, String name, double p, double mncs, double ppTop10, double activityIndex,
            double relativeImpact, double worldP, double worldMncs, double frontierShare,
            List<Classification> classes) {
    }

    /** A demand list by name with its stated source. */
    public record DemandSource(String name, String source) {
    }
}
