package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The world on {@link WorkFixtures#sample()}, 2019-2020: W1, W2, W3, W4, W5, W10, each with weight 1. */
class WorldIndicatorTests {

    private final WorkTable table = WorkFixtures.sampleTable();
    private final IndicatorEngine engine = new IndicatorEngine(1);

    @Test
    void countsEveryWorkWithWeightOneUnderBothCountings() {
        for (Counting counting : Counting.values()) {
            List<IndicatorRow> rows = engine.compute(
                    IndicatorQuery.of(UnitType.WORLD, FieldLevel.ALL, 2019, 2020, counting), table);
            assertThat(rows).hasSize(1);
            IndicatorRow world = rows.get(0);
            assertThat(world.unitId()).isEqualTo("world");
            assertThat(world.p()).isEqualTo(6.0);
            assertThat(world.pCollab()).isEqualTo(4.0); // W1, W2, W3 (two countries), W4
            assertThat(world.pIntCollab()).isEqualTo(2.0); // W1, W3
            assertThat(world.pIndustry()).isEqualTo(1.0); // W2
            assertThat(world.tcs()).isEqualTo(23.0); // 10 + 0 + 4 + 2 + 6 + 1
            assertThat(world.tncs()).isCloseTo(6.0, EXACT); // 2.5 + 0 + 1 + 0.5 + 1 + 1
            assertThat(world.mncs()).isCloseTo(1.0, EXACT);
            assertThat(world.pTop10()).isCloseTo(0.6, EXACT); // 0.4 + 0.1 + 0.1
            assertThat(world.ppIntCollabLed().getAsDouble()).isCloseTo(0.5, EXACT); // W1 led, W3 not
            assertThat(world.activityIndex()).isEqualTo(1.0);
        }
    }

    @Test
    void countsLeftOutWorksApart() {
        assertThat(table.workCount()).isEqualTo(8); // W1-W6, W9, W10
        assertThat(table.excludedCount()).isEqualTo(2);
        assertThat(table.withoutPrimaryTopicCount()).isEqualTo(1); // W7
        assertThat(table.withoutPublicationYearCount()).isEqualTo(1); // W8
    }
}
