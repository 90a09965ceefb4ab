package org.meridian.core.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.LandscapeBuilder;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;

class ChartingFrontierTests {

    static final YearRange PERIOD = YearRange.of(2018, 2020);
    static final FrontierSettings SETTINGS = new FrontierSettings(FieldLevel.TOPIC, PERIOD, 2, 30, 0.75);

    /**
     * World works per year 2018, 2019, 2020 and top-10% works in 2019, 2020:
     * T1 10, 20, 40 (4, 8: 20%) grows 100%/yr; T2 20, 22, 24.2 (5%) grows 10%; T3 30, 30, 30 (15%) flat;
     * T4 1, 2, 4 below the minimum volume; T5 (another subfield) 50, 45, 40.5 (10%) shrinks 10%.
     */
    static Landscape world() {
        LandscapeBuilder builder = Landscape.builder(FieldLevel.TOPIC);
        builder.classify("D1", "11", "1101", "T1").classify("D1", "11", "1101", "T2").classify("D1", "11", "1101", "T3")
                .classify("D1", "11", "1101", "T4").classify("D1", "11", "1102", "T5");
        series(builder, "T1", new double[] {10, 20, 40}, new double[] {0, 4, 8});
        series(builder, "T2", new double[] {20, 22, 24.2}, new double[] {0, 1.1, 1.21});
        series(builder, "T3", new double[] {30, 30, 30}, new double[] {0, 4.5, 4.5});
        series(builder, "T4", new double[] {1, 2, 4}, new double[] {0, 2, 4});
        series(builder, "T5", new double[] {50, 45, 40.5}, new double[] {0, 4.5, 4.05});
        return builder.build();
    }

    static void series(LandscapeBuilder builder, String topic, double[] works, double[] top) {
        for (int y = 0; y < works.length; y++) {
            builder.output(UnitType.WORLD, Unit.WORLD_ID, topic, 2018 + y, new Output(works[y], 0, works[y], 0, top[y], 0));
        }
    }

    final Frontier frontier = ChartingFrontier.chart(world(), SETTINGS);

    @Test
    void measuresGrowthAndRecentShareOfHighlyCitedWorks() {
        Emergence t1 = frontier.item("T1").orElseThrow();

        assertThat(t1.cagr()).isCloseTo(1.0, within(1e-12));
        assertThat(t1.recentPpTop10()).isCloseTo(12.0 / 60, within(1e-12));
        assertThat(t1.worldCagr()).isCloseTo(Math.sqrt(138.7 / 111) - 1, within(1e-12));
        assertThat(t1.reason()).contains("100.0%/yr", "20.0% of its 2019-2020 works");
    }

    @Test
    void scoresHighOnlyWhenGrowthAndImpactAreBothHigh() {
        // growth percentiles T5 0, T3 1/3, T2 2/3, T1 1; impact percentiles T2 0, T5 1/3, T3 2/3, T1 1
        assertThat(frontier.item("T1").orElseThrow().score()).isCloseTo(1, within(1e-12));
        assertThat(frontier.item("T3").orElseThrow().score()).isCloseTo(Math.sqrt(1.0 / 3 * 2.0 / 3), within(1e-12));
        assertThat(frontier.item("T2").orElseThrow().score()).isZero();
        assertThat(frontier.item("T5").orElseThrow().score()).isZero();
    }

    @Test
    void leavesSmallItemsUnscoredHoweverFastTheyGrow() {
        Emergence t4 = frontier.item("T4").orElseThrow();

        assertThat(t4.eligible()).isFalse();
        assertThat(t4.score()).isZero();
        assertThat(t4.reason()).contains("fewer than 30 works");
    }

    @Test
    void listsTheFrontierOfAFieldByScore() {
        assertThat(frontier.of(FieldLevel.SUBFIELD, "1101", 2)).extracting(Emergence::itemId).containsExactly("T1", "T3");
        assertThat(frontier.of(FieldLevel.SUBFIELD, "1102", 5)).extracting(Emergence::itemId).containsExactly("T5");
    }

    @Test
    void sharesAFieldsRecentWorksThatLieInFrontierItems() {
        // recent works of 1101: T1 60, T2 46.2, T3 60, T4 6; only T1 scores >= 0.75
        assertThat(frontier.frontierShare(FieldLevel.SUBFIELD, "1101")).isCloseTo(60 / 172.2, within(1e-12));
        assertThat(frontier.frontierShare(FieldLevel.TOPIC, "T1")).isEqualTo(1);
        assertThat(frontier.frontierShare(FieldLevel.TOPIC, "T3")).isZero();
    }
}
