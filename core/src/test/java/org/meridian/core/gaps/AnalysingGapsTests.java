package org.meridian.core.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.meridian.core.frontier.ChartingFrontier;
import org.meridian.core.frontier.Frontier;
import org.meridian.core.frontier.FrontierSettings;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldPair;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.LandscapeBuilder;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;

/**
 * A world of six subfields with 100 works each over 2019-2020 (50 a year; 1103 has 30 then 70 and 20% of its
 * works in the top 10%, the others 10%), MNCS 1. Home H has p 20, 10, 1, 5, 1, 3 in them (total 40), so its
 * activity indexes are p × 0.15: 3.0, 1.5, 0.15, 0.75, 0.15, 0.45; its MNCS 1.5 in 1101, 0.6 in 1102, else 1.
 */
class AnalysingGapsTests {

    static final YearRange PERIOD = YearRange.of(2019, 2020);
    static final String[] SUBFIELDS = {"1101", "1102", "1103", "1104", "1105", "1106"};
    static final double[] HOME_P = {20, 10, 1, 5, 1, 3};
    static final double[] HOME_MNCS = {1.5, 0.6, 1, 1, 1, 1};
    static final Home HOME = Home.institution("H");

    static Landscape landscape() {
        LandscapeBuilder builder = Landscape.builder(FieldLevel.SUBFIELD);
        for (int f = 0; f < SUBFIELDS.length; f++) {
            builder.classify("D1", "11", SUBFIELDS[f], null);
            boolean rising = f == 2;
            double[] world = rising ? new double[] {30, 70} : new double[] {50, 50};
            for (int y = 0; y < 2; y++) {
                double top = (rising ? 0.2 : 0.1) * world[y];
                builder.output(UnitType.WORLD, Unit.WORLD_ID, SUBFIELDS[f], 2019 + y, new Output(world[y], 0, world[y], 0, top, 0));
                double p = HOME_P[f] / 2;
                builder.output(UnitType.INSTITUTION, "H", SUBFIELDS[f], 2019 + y, new Output(p, 0, p * HOME_MNCS[f], 0, 0.1 * p, 0));
            }
        }
        pair(builder, "1103", "1106", 10, 40, 0);   // grows 300%/yr, faster than 1103 (133%) and 1106 (0%); home absent
        pair(builder, "1101", "1102", 10, 30, 5);   // grows, but home is over-represented in it
        pair(builder, "1102", "1104", 15, 15, 0);   // does not grow
        return builder.build();
    }

    static void pair(LandscapeBuilder builder, String a, String b, double first, double last, double homeP) {
        builder.coClassified(UnitType.WORLD, Unit.WORLD_ID, FieldLevel.SUBFIELD, a, b, 2019, first);
        builder.coClassified(UnitType.WORLD, Unit.WORLD_ID, FieldLevel.SUBFIELD, a, b, 2020, last);
        builder.coClassified(UnitType.INSTITUTION, "H", FieldLevel.SUBFIELD, a, b, 2020, homeP);
    }

    static final Landscape LANDSCAPE = landscape();
    static final Frontier FRONTIER = ChartingFrontier.chart(LANDSCAPE,
            new FrontierSettings(FieldLevel.SUBFIELD, PERIOD, 2, 50, 0.75));
    static final Demand DEMAND = Demand.of(DemandList.of("H strategic plan", "H council, 2024", FieldLevel.SUBFIELD, List.of("1104")))
            .withRecords(List.of(new RecordedDemand("1105", 2, 2), new RecordedDemand("1106", 1, 0)));

    final GapMap map = AnalysingGaps.analyse(LANDSCAPE, HOME, FRONTIER, DEMAND, GapSettings.defaults(PERIOD));

    @Test
    void computesActivityIndexAgainstTheWorld() {
        assertThat(map.field("1101").orElseThrow().activityIndex()).isCloseTo(3.0, within(1e-12));
        assertThat(map.field("1106").orElseThrow().activityIndex()).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void findsAStrengthWhereSpecialisedAndAboveWorldImpact() {
        assertThat(map.withClass(GapClass.STRENGTH)).extracting(FieldPosition::fieldId).containsExactly("1101");
        assertThat(reason(map, "1101", GapClass.STRENGTH)).contains("activity index 3.00 > 1.00", "MNCS 1.50");
        Classification strength = map.field("1101").orElseThrow().classes().get(0);
        assertThat(strength.code()).isEqualTo("gaps.reason.strength");
        assertThat(strength.arguments()).hasSize(10).startsWith("3.00", "1.00", "1.50");
    }

    @Test
    void findsAWeaknessWhereActiveButBelowWorldImpact() {
        assertThat(map.withClass(GapClass.WEAKNESS)).extracting(FieldPosition::fieldId).containsExactly("1102");
        assertThat(reason(map, "1102", GapClass.WEAKNESS)).contains("p 10.0 >= 5.0", "MNCS 0.60");
    }

    @Test
    void findsAGapOnlyInAnUnderRepresentedFrontierField() {
        // 1105 and 1106 are under-represented too, but not on the frontier
        assertThat(map.withClass(GapClass.GAP)).extracting(FieldPosition::fieldId).containsExactly("1103");
        assertThat(reason(map, "1103", GapClass.GAP)).contains("activity index 0.15 < 0.50", "100% of the field's");
    }

    @Test
    void findsAFastGrowingIntersectionWhereHomeIsAbsent() {
        assertThat(map.intersections()).hasSize(1);
        Intersection intersection = map.intersections().get(0);
        assertThat(intersection.pair()).isEqualTo(new FieldPair("1103", "1106"));
        assertThat(intersection.cagr()).isCloseTo(3.0, within(1e-12));
        assertThat(intersection.firstCagr()).isCloseTo(70.0 / 30 - 1, within(1e-12));
        assertThat(map.withClass(GapClass.INTERSECTION)).extracting(FieldPosition::fieldId).containsExactly("1103", "1106");
    }

    @Test
    void findsHighDemandFromAListAndFromRecordsWhereHomePublishesLittle() {
        // 1106 has one mobility only: below the 3 needed
        assertThat(map.withClass(GapClass.HIGH_DEMAND)).extracting(FieldPosition::fieldId).containsExactly("1104", "1105");
        assertThat(reason(map, "1104", GapClass.HIGH_DEMAND)).contains("H strategic plan", "H council, 2024");
        assertThat(reason(map, "1105", GapClass.HIGH_DEMAND)).contains("2 outbound mobilities + 2 agreements = 4 >= 3");
    }

    @Test
    void targetsEveryFieldButThePureStrength() {
        assertThat(map.targetFieldIds()).containsExactly("1102", "1103", "1104", "1105", "1106");
    }

    static String reason(GapMap map, String fieldId, GapClass gapClass) {
        return map.field(fieldId).orElseThrow().classes().stream()
                .filter(c -> c.gapClass() == gapClass).findFirst().orElseThrow().reason();
    }
}
