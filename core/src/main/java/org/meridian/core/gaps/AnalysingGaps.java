package org.meridian.core.gaps;

import static java.lang.String.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.meridian.core.frontier.Frontier;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.FieldPair;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.YearRange;

/**
 * Classifies a home unit's position in every field of a level (see {@link GapClass} and the thresholds of
 * {@link GapSettings}); each decision carries its reason in numbers. Without a frontier no field is a gap.
 */
public final class AnalysingGaps {

    private AnalysingGaps() {
    }

    public static GapMap analyse(Landscape landscape, Home home, Frontier frontier, Demand demand,
            GapSettings settings) {
        return analyse(landscape, home, frontier, demand, settings, WorldIntersections.of(landscape, settings));
    }

    /** The same with the world's side of the intersections worked out beforehand (for many homes). */
    public static GapMap analyse(Landscape landscape, Home home, Frontier frontier, Demand demand,
            GapSettings settings, WorldIntersections worldIntersections) {
        if (!worldIntersections.fits(settings)) {
            throw new IllegalArgumentException("the world's intersections were worked out for other settings");
        }
        FieldLevel level = settings.level();
        YearRange period = settings.period();
        FieldOutputs homeOutputs = landscape.outputs(home, level, period);
        FieldOutputs world = landscape.world(level, period);
        double homeTotal = homeOutputs.total().p();
        double worldTotal = world.total().p();
        List<Intersection> intersections = intersections(landscape, home, settings, worldIntersections, homeTotal,
                worldTotal);
        Map<String, List<Intersection>> intersectionsByField = new HashMap<>();
        for (Intersection intersection : intersections) {
            intersectionsByField.computeIfAbsent(intersection.pair().first(), k -> new ArrayList<>()).add(intersection);
            intersectionsByField.computeIfAbsent(intersection.pair().second(), k -> new ArrayList<>()).add(intersection);
        }
        Map<String, RecordedDemand> recorded = new HashMap<>();
        demand.records().forEach(r -> recorded.merge(r.fieldId(), r,
                (a, b) -> new RecordedDemand(a.fieldId(), a.outboundMobilities() + b.outboundMobilities(),
                        a.agreements() + b.agreements())));

        List<FieldPosition> positions = new ArrayList<>();
        for (int f = 0; f < world.size(); f++) {
            Output worldField = world.get(f);
            if (worldField.p() == 0) {
                continue;
            }
            String fieldId = world.fieldIds().get(f);
            Output homeField = homeOutputs.get(f);
            double activityIndex = homeTotal > 0 ? (homeField.p() / homeTotal) / (worldField.p() / worldTotal) : 0;
            double frontierShare = frontier == null ? 0 : frontier.frontierShare(level, fieldId);
            FieldPosition draft = new FieldPosition(fieldId, homeField, activityIndex, worldField, frontierShare, List.of());
            List<Classification> classes = new ArrayList<>();
            classifyImpact(draft, settings, classes);
            if (frontier != null) {
                classifyGap(draft, settings, classes);
            }
            for (Intersection intersection : intersectionsByField.getOrDefault(fieldId, List.of())) {
                classes.add(new Classification(GapClass.INTERSECTION, intersection.reason()));
            }
            classifyDemand(landscape, draft, demand, recorded.get(fieldId), settings, classes);
            positions.add(new FieldPosition(fieldId, homeField, activityIndex, worldField, frontierShare, classes));
        }
        return new GapMap(home, settings, positions, intersections);
    }

    private static void classifyImpact(FieldPosition field, GapSettings settings, List<Classification> classes) {
        double p = field.home().p();
        double impact = field.relativeImpact();
        String impactNumbers = format(Locale.ROOT, "MNCS %.2f = %.2fx world MNCS %.2f; pp_top10 %.1f%% vs world %.1f%%",
                field.home().mncs(), impact, field.world().mncs(), 100 * field.home().ppTop10(),
                100 * field.world().ppTop10());
        if (p >= settings.strengthMinP() && field.activityIndex() > settings.strengthActivityIndex()
                && impact > settings.strengthRelativeImpact()) {
            classes.add(new Classification(GapClass.STRENGTH, format(Locale.ROOT,
                    "specialised: activity index %.2f > %.2f; above world impact: %s (%.2fx > %.2fx); p %.1f >= %.1f",
                    field.activityIndex(), settings.strengthActivityIndex(), impactNumbers, impact,
                    settings.strengthRelativeImpact(), p, settings.strengthMinP())));
        }
        if (p >= settings.weaknessMinP() && impact < settings.weaknessRelativeImpact()) {
            classes.add(new Classification(GapClass.WEAKNESS, format(Locale.ROOT,
                    "active: p %.1f >= %.1f; below world impact: %s (%.2fx < %.2fx)", p, settings.weaknessMinP(),
                    impactNumbers, impact, settings.weaknessRelativeImpact())));
        }
    }

    private static void classifyGap(FieldPosition field, GapSettings settings, List<Classification> classes) {
        if (field.activityIndex() < settings.gapMaxActivityIndex()
                && field.frontierShare() >= settings.gapMinFrontierShare()) {
            classes.add(new Classification(GapClass.GAP, format(Locale.ROOT,
                    "under-represented: activity index %.2f < %.2f (p %.1f); on the frontier: %.0f%% of the field's "
                            + "recent world works in frontier topics >= %.0f%%",
                    field.activityIndex(), settings.gapMaxActivityIndex(), field.home().p(), 100 * field.frontierShare(),
                    100 * settings.gapMinFrontierShare())));
        }
    }

    private static void classifyDemand(Landscape landscape, FieldPosition field, Demand demand, RecordedDemand recorded,
            GapSettings settings, List<Classification> classes) {
        for (DemandList list : demand.lists()) {
            list.areasCovering(landscape.taxonomy(), settings.level(), field.fieldId()).forEach(area ->
                    classes.add(new Classification(GapClass.HIGH_DEMAND, format(Locale.ROOT,
                            "on the list '%s', area '%s' (source: %s); home activity index %.2f, p %.1f", list.name(),
                            area.name(), list.source(), field.activityIndex(), field.home().p()))));
        }
        if (recorded != null && recorded.total() >= settings.recordedDemandMin()
                && field.activityIndex() < settings.recordedDemandMaxActivityIndex()) {
            classes.add(new Classification(GapClass.HIGH_DEMAND, format(Locale.ROOT,
                    "asked for in the home's records: %d outbound mobilities + %d agreements = %d >= %d, while it "
                            + "publishes little: activity index %.2f < %.2f",
                    recorded.outboundMobilities(), recorded.agreements(), recorded.total(), settings.recordedDemandMin(),
                    field.activityIndex(), settings.recordedDemandMaxActivityIndex())));
        }
    }

    private static List<Intersection> intersections(Landscape landscape, Home home, GapSettings settings,
            WorldIntersections world, double homeTotal, double worldTotal) {
        FieldLevel level = settings.level();
        YearRange period = settings.period();
        if (world.growing().isEmpty() || worldTotal == 0) {
            return List.of();
        }
        Map<FieldPair, Double> homePairs = landscape.coClassified(home.memberType(), home.memberIds(), level, period);
        List<Intersection> found = new ArrayList<>();
        for (WorldIntersections.Pair growing : world.growing()) {
            FieldPair pair = growing.pair();
            double works = growing.works();
            double homeP = homePairs.getOrDefault(pair, 0.0);
            double activityIndex = homeTotal > 0 ? (homeP / homeTotal) / (works / worldTotal) : 0;
            if (activityIndex < settings.intersectionMaxActivityIndex()) {
                String reason = format(Locale.ROOT,
                        "works spanning %s and %s: %.0f in %s, growing %.1f%%/yr vs %.1f%%/yr and %.1f%%/yr for the "
                                + "fields alone; home under-represented: activity index %.2f < %.2f (p %.1f)",
                        pair.first(), pair.second(), works, period, 100 * growing.growth().cagr(),
                        100 * growing.first().cagr(), 100 * growing.second().cagr(), activityIndex,
                        settings.intersectionMaxActivityIndex(), homeP);
                found.add(new Intersection(pair, works, growing.growth().cagr(), growing.first().cagr(),
                        growing.second().cagr(), homeP, activityIndex, reason));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble(Intersection::growthLead).reversed()
                        .thenComparing(i -> i.pair().first()).thenComparing(i -> i.pair().second()))
                .limit(settings.maxIntersections())
                .toList();
    }
}
