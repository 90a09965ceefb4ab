package org.meridian.core.gaps;

import static org.meridian.core.landscape.ReasonNumbers.fixed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
                classes.add(intersection.classification());
            }
            classifyDemand(landscape, draft, demand, recorded.get(fieldId), settings, classes);
            positions.add(new FieldPosition(fieldId, homeField, activityIndex, worldField, frontierShare, classes));
        }
        return new GapMap(home, settings, positions, intersections);
    }

    private static void classifyImpact(FieldPosition field, GapSettings settings, List<Classification> classes) {
        double p = field.home().p();
        double impact = field.relativeImpact();
        List<String> impactNumbers = List.of(fixed(field.home().mncs(), 2), fixed(impact, 2),
                fixed(field.world().mncs(), 2),
                fixed(100 * field.home().ppTop10(), 1), fixed(100 * field.world().ppTop10(), 1));
        if (p >= settings.strengthMinP() && field.activityIndex() > settings.strengthActivityIndex()
                && impact > settings.strengthRelativeImpact()) {
            List<String> arguments = new ArrayList<>(List.of(fixed(field.activityIndex(), 2),
                    fixed(settings.strengthActivityIndex(), 2)));
            arguments.addAll(impactNumbers);
            arguments.addAll(List.of(fixed(settings.strengthRelativeImpact(), 2), fixed(p, 1),
                    fixed(settings.strengthMinP(), 1)));
            classes.add(Classification.of(GapClass.STRENGTH, GapReason.STRENGTH, arguments));
        }
        if (p >= settings.weaknessMinP() && impact < settings.weaknessRelativeImpact()) {
            List<String> arguments = new ArrayList<>(List.of(fixed(p, 1), fixed(settings.weaknessMinP(), 1)));
            arguments.addAll(impactNumbers);
            arguments.add(fixed(settings.weaknessRelativeImpact(), 2));
            classes.add(Classification.of(GapClass.WEAKNESS, GapReason.WEAKNESS, arguments));
        }
    }

    private static void classifyGap(FieldPosition field, GapSettings settings, List<Classification> classes) {
        if (field.activityIndex() < settings.gapMaxActivityIndex()
                && field.frontierShare() >= settings.gapMinFrontierShare()) {
            classes.add(Classification.of(GapClass.GAP, GapReason.GAP, List.of(fixed(field.activityIndex(), 2),
                    fixed(settings.gapMaxActivityIndex(), 2), fixed(field.home().p(), 1),
                    fixed(100 * field.frontierShare(), 0),
                    fixed(100 * settings.gapMinFrontierShare(), 0))));
        }
    }

    private static void classifyDemand(Landscape landscape, FieldPosition field, Demand demand, RecordedDemand recorded,
            GapSettings settings, List<Classification> classes) {
        for (DemandList list : demand.lists()) {
            list.areasCovering(landscape.taxonomy(), settings.level(), field.fieldId()).forEach(area ->
                    classes.add(Classification.of(GapClass.HIGH_DEMAND, GapReason.DEMAND_LIST,
                            List.of(list.name(), area.name(), list.source(), fixed(field.activityIndex(), 2),
                                    fixed(field.home().p(), 1)))));
        }
        if (recorded != null && recorded.total() >= settings.recordedDemandMin()
                && field.activityIndex() < settings.recordedDemandMaxActivityIndex()) {
            classes.add(Classification.of(GapClass.HIGH_DEMAND, GapReason.DEMAND_RECORDED,
                    List.of(String.valueOf(recorded.outboundMobilities()), String.valueOf(recorded.agreements()),
                            String.valueOf(recorded.total()), String.valueOf(settings.recordedDemandMin()),
                            fixed(field.activityIndex(), 2), fixed(settings.recordedDemandMaxActivityIndex(), 2))));
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
                Classification reason = Classification.of(GapClass.INTERSECTION, GapReason.INTERSECTION,
                        List.of(pair.first(), pair.second(), fixed(works, 0), String.valueOf(period),
                                fixed(100 * growing.growth().cagr(), 1), fixed(100 * growing.first().cagr(), 1),
                                fixed(100 * growing.second().cagr(), 1), fixed(activityIndex, 2),
                                fixed(settings.intersectionMaxActivityIndex(), 2), fixed(homeP, 1)));
                found.add(new Intersection(pair, works, growing.growth().cagr(), growing.first().cagr(),
                        growing.second().cagr(), homeP, activityIndex, reason.reason(), reason));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble(Intersection::growthLead).reversed()
                        .thenComparing(i -> i.pair().first()).thenComparing(i -> i.pair().second()))
                .limit(settings.maxIntersections())
                .toList();
    }
}
