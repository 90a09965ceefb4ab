package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.only;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.meridian.core.indicators.bench.SyntheticWorks;

class StabilityIntervalTests {

    private final IndicatorEngine engine = new IndicatorEngine(1);

    @Test
    void readsTheNearestRankPercentiles() {
        // 1000 values 1..1000: ⌈25⌉-th smallest = 25, ⌈975⌉-th = 975.
        double[] values = IntStream.rangeClosed(1, 1000).map(i -> 1001 - i).asDoubleStream().toArray();
        assertThat(StabilityBootstrap.interval(values)).isEqualTo(new Interval(25, 975));
        // 40 values: ⌈1⌉-th = 1, ⌈39⌉-th = 39.
        double[] forty = IntStream.rangeClosed(1, 40).asDoubleStream().toArray();
        assertThat(StabilityBootstrap.interval(forty)).isEqualTo(new Interval(1, 39));
    }

    @Test
    void collapsesToThePointValueForASingleWork() {
        // I5 has W5 alone (6 citations, NCS 1, top-10% share 0.1): every resample is W5.
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2019, 2020, Counting.FULL)
                .withBootstrap(new Bootstrap(200, 7L));
        IndicatorRow i5 = only(engine.compute(query, WorkFixtures.sampleTable()), "I5");
        StabilityIntervals intervals = i5.intervals().orElseThrow();
        assertThat(intervals.mcs()).isEqualTo(new Interval(6, 6));
        assertThat(intervals.mncs()).isEqualTo(new Interval(1, 1));
        assertThat(intervals.ppTop10().lower()).isCloseTo(0.1, WorkFixtures.EXACT);
        assertThat(intervals.ppTop10().upper()).isCloseTo(0.1, WorkFixtures.EXACT);
        assertThat(intervals.ppCollab()).isEqualTo(new Interval(0, 0));
    }

    @Test
    void reproducesIntervalsFromTheSeedWhateverElseIsComputed() {
        WorkTable table = WorkTable.of(new SyntheticWorks(3000, 30, 2018, 2022, 11L));
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.FIELD, 2018, 2022,
                Counting.FRACTIONAL).withBootstrap(new Bootstrap(300, 99L));
        List<IndicatorRow> all = new IndicatorEngine(2).compute(query, table);
        List<IndicatorRow> again = engine.compute(query, table);
        assertThat(again).isEqualTo(all);
        IndicatorRow first = all.get(0);
        List<IndicatorRow> alone = engine.compute(query.withUnits(Set.of(first.unitId())), table);
        assertThat(alone.get(0)).isEqualTo(first);
        assertThat(all).allSatisfy(row -> {
            StabilityIntervals intervals = row.intervals().orElseThrow();
            assertThat(intervals.ppTop10().lower()).isBetween(0.0, intervals.ppTop10().upper());
            assertThat(intervals.ppCollab().upper()).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void drawsOtherResamplesFromAnotherSeed() {
        WorkTable table = WorkTable.of(new SyntheticWorks(3000, 30, 2018, 2022, 11L));
        IndicatorQuery query = IndicatorQuery.of(UnitType.WORLD, FieldLevel.ALL, 2018, 2022, Counting.FULL);
        StabilityIntervals one = engine.compute(query.withBootstrap(new Bootstrap(300, 1L)), table).get(0)
                .intervals().orElseThrow();
        StabilityIntervals other = engine.compute(query.withBootstrap(new Bootstrap(300, 2L)), table).get(0)
                .intervals().orElseThrow();
        assertThat(one.mcs()).isNotEqualTo(other.mcs());
    }

    @Test
    void leavesIntervalsOutUnlessAsked() {
        IndicatorQuery query = IndicatorQuery.of(UnitType.WORLD, FieldLevel.ALL, 2019, 2020, Counting.FULL);
        assertThat(engine.compute(query, WorkFixtures.sampleTable()).get(0).intervals()).isEmpty();
    }
}
