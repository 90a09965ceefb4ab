package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridian.core.indicators.bench.SyntheticWorks;

/**
 * Properties that hold on any data, checked on 25 seeded synthetic datasets of 400 works each (skewed
 * institutions, HK and MO authors, works of other types, works left out).
 */
class IndicatorPropertyTests {

    private static final double SLACK = 1e-9;
    private final IndicatorEngine engine = new IndicatorEngine(1);

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    private static WorkTable table(long seed) {
        return WorkTable.of(new SyntheticWorks(400, 25, 2018, 2022, seed));
    }

    private static IndicatorQuery query(UnitType unitType, FieldLevel level, Counting counting) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("East", Set.of("CN", "HK", "MO", "JP", "KR"));
        groups.put("West", Set.of("US", "GB", "DE", "FR"));
        return IndicatorQuery.of(unitType, level, 2019, 2021, counting).withGroups(groups);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEveryShareBetweenZeroAndOne(long seed) {
        WorkTable table = table(seed);
        for (UnitType unitType : UnitType.values()) {
            for (Counting counting : Counting.values()) {
                for (boolean separate : new boolean[] {false, true}) {
                    IndicatorQuery query = query(unitType, FieldLevel.SUBFIELD, counting).withHkMoSeparate(separate);
                    assertThat(engine.compute(query, table)).allSatisfy(row -> {
                        assertThat(row.p()).isPositive();
                        for (double share : new double[] {row.ppCollab(), row.ppIntCollab(), row.ppIndustry(),
                                row.ppTop10(), row.ppIntCollabLed().orElse(0)}) {
                            assertThat(share).isBetween(0.0, 1.0 + SLACK);
                        }
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void countsNoUnitMoreFractionallyThanFully(long seed) {
        WorkTable table = table(seed);
        for (UnitType unitType : UnitType.values()) {
            Map<String, Double> full = sizes(engine.compute(query(unitType, FieldLevel.FIELD, Counting.FULL), table));
            Map<String, Double> fractional =
                    sizes(engine.compute(query(unitType, FieldLevel.FIELD, Counting.FRACTIONAL), table));
            assertThat(full.keySet()).containsAll(fractional.keySet());
            fractional.forEach((key, p) -> assertThat(p).isLessThanOrEqualTo(full.get(key) + SLACK));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givesTheWorldAndEveryUnitOverAllFieldsAnActivityIndexOfOne(long seed) {
        WorkTable table = table(seed);
        assertThat(engine.compute(query(UnitType.WORLD, FieldLevel.TOPIC, Counting.FRACTIONAL), table))
                .allSatisfy(row -> assertThat(row.activityIndex()).isEqualTo(1.0));
        assertThat(engine.compute(query(UnitType.INSTITUTION, FieldLevel.ALL, Counting.FRACTIONAL), table))
                .allSatisfy(row -> assertThat(row.activityIndex()).isCloseTo(1.0, WorkFixtures.EXACT));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sharesNoMoreThanTheWorldAmongInstitutionsOrCountries(long seed) {
        WorkTable table = table(seed);
        Map<String, Double> world = byField(engine.compute(query(UnitType.WORLD, FieldLevel.SUBFIELD,
                Counting.FRACTIONAL), table), IndicatorRow::p);
        for (UnitType unitType : List.of(UnitType.INSTITUTION, UnitType.COUNTRY)) {
            Map<String, Double> summed = byField(engine.compute(query(unitType, FieldLevel.SUBFIELD,
                    Counting.FRACTIONAL), table), IndicatorRow::p);
            summed.forEach((field, p) -> assertThat(p).isLessThanOrEqualTo(world.get(field) + SLACK));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addsUpTrendYearsToThePeriod(long seed) {
        WorkTable table = table(seed);
        IndicatorQuery query = query(UnitType.COUNTRY, FieldLevel.DOMAIN, Counting.FRACTIONAL);
        Map<String, Double> period = sizes(engine.compute(query, table));
        Map<String, Double> years = sizes(engine.trend(query, table));
        assertThat(years.keySet()).isEqualTo(period.keySet());
        period.forEach((key, p) -> assertThat(years.get(key)).isCloseTo(p, WorkFixtures.EXACT));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void computesTheSameRowsOnOneThreadOrTwo(long seed) {
        WorkTable table = table(seed);
        IndicatorQuery query = query(UnitType.INSTITUTION, FieldLevel.TOPIC, Counting.FRACTIONAL);
        assertThat(new IndicatorEngine(2).compute(query, table)).isEqualTo(engine.compute(query, table));
    }

    /** p by unit and field, summed over years. */
    private static Map<String, Double> sizes(List<IndicatorRow> rows) {
        Map<String, Double> sizes = new HashMap<>();
        rows.forEach(row -> sizes.merge(row.unitId() + "/" + row.fieldId(), row.p(), Double::sum));
        return sizes;
    }

    private static Map<String, Double> byField(List<IndicatorRow> rows, ToDoubleFunction<IndicatorRow> value) {
        Map<String, Double> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(row.fieldId(), value.applyAsDouble(row), Double::sum));
        return sums;
    }
}
