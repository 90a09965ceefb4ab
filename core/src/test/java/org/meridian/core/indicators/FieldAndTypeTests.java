package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;
import static org.meridian.core.indicators.WorkFixtures.only;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Field levels, the activity index, trends and document types on {@link WorkFixtures#sample()}. World, 2019-2020:
 * subfield 1101 has W1-W4 (p = 4), subfield 2201 has W5 and W10 (p = 2), all fields 6.
 */
class FieldAndTypeTests {

    private final WorkTable table = WorkFixtures.sampleTable();
    private final IndicatorEngine engine = new IndicatorEngine(1);

    private List<IndicatorRow> institutions(FieldLevel level, Counting counting) {
        return engine.compute(IndicatorQuery.of(UnitType.INSTITUTION, level, 2019, 2020, counting), table);
    }

    @Test
    void comparesTheUnitsFieldShareWithTheWorldsUnderFullCounting() {
        // I1: 1101 W1, W2, W4 (3 of 4); 2201 W10 (1 of 4).
        List<IndicatorRow> rows = institutions(FieldLevel.SUBFIELD, Counting.FULL);
        assertThat(only(rows, "I1", "1101").activityIndex()).isCloseTo((3.0 / 4) / (4.0 / 6), EXACT); // 1.125
        assertThat(only(rows, "I1", "2201").activityIndex()).isCloseTo((1.0 / 4) / (2.0 / 6), EXACT); // 0.75
        assertThat(only(rows, "I2", "1101").activityIndex()).isCloseTo((2.0 / 2) / (4.0 / 6), EXACT); // 1.5
    }

    @Test
    void comparesFractionalFieldSharesWithTheWorldsWholeWorks() {
        // I1 fractional: 1101 1/2 + 1/2 + 1/2 = 1.5, 2201 1, all 2.5.
        List<IndicatorRow> rows = institutions(FieldLevel.SUBFIELD, Counting.FRACTIONAL);
        assertThat(only(rows, "I1", "1101").activityIndex()).isCloseTo((1.5 / 2.5) / (4.0 / 6), EXACT); // 0.9
        assertThat(only(rows, "I1", "2201").activityIndex()).isCloseTo((1.0 / 2.5) / (2.0 / 6), EXACT); // 1.2
        assertThat(only(rows, "I1", "1101").p()).isCloseTo(1.5, EXACT);
    }

    @Test
    void groupsByEveryLevelOfThePrimaryTopic() {
        for (FieldLevel level : List.of(FieldLevel.DOMAIN, FieldLevel.FIELD, FieldLevel.SUBFIELD, FieldLevel.TOPIC)) {
            List<IndicatorRow> rows = institutions(level, Counting.FULL).stream()
                    .filter(row -> row.unitId().equals("I1")).toList();
            assertThat(rows).extracting(IndicatorRow::p).containsExactly(3.0, 1.0);
            assertThat(rows).allSatisfy(row -> assertThat(row.fieldLevel()).isEqualTo(level));
        }
        assertThat(institutions(FieldLevel.FIELD, Counting.FULL)).filteredOn(row -> row.unitId().equals("I1"))
                .extracting(IndicatorRow::fieldId).containsExactly("11", "22");
        assertThat(institutions(FieldLevel.DOMAIN, Counting.FULL)).filteredOn(row -> row.unitId().equals("I1"))
                .extracting(IndicatorRow::fieldId).containsExactly("1", "2");
    }

    @Test
    void namesFieldsFromTheGivenLookup() {
        IndicatorQuery query = IndicatorQuery.of(UnitType.WORLD, FieldLevel.SUBFIELD, 2019, 2020, Counting.FULL)
                .withNames(new Names(Map.of(), Map.of("1101", "Agronomy")));
        List<IndicatorRow> rows = engine.compute(query, table);
        assertThat(rows).extracting(IndicatorRow::fieldName).containsExactly("Agronomy", "");
        assertThat(rows).extracting(IndicatorRow::activityIndex).containsExactly(1.0, 1.0);
    }

    @Test
    void givesOneRowPerYearForTrends() {
        // I1 2020: 1101 W1, W2, W4 (world 2020: 1101 4 of 5) → (3/3)/(4/5) = 1.25.
        // I1 2019: 2201 W10 (world 2019: W10 alone) → 1.
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.SUBFIELD, 2019, 2020,
                Counting.FULL).withUnits(Set.of("I1"));
        List<IndicatorRow> rows = engine.trend(query, table);
        assertThat(rows).extracting(IndicatorRow::fieldId, IndicatorRow::periodFrom, IndicatorRow::periodTo,
                IndicatorRow::p).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1101", 2020, 2020, 3.0),
                        org.assertj.core.groups.Tuple.tuple("2201", 2019, 2019, 1.0));
        assertThat(rows.get(0).activityIndex()).isCloseTo(1.25, EXACT);
        assertThat(rows.get(1).activityIndex()).isCloseTo(1.0, EXACT);
    }

    @Test
    void countsOnlyTheSelectedDocumentTypesAndNormalisesAmongThem() {
        // With book chapters, W6 (100 citations) joins (1101, 2020): N = 5, e = 116/5 = 23.2;
        // top 10%: 0.1·5 = 0.5 → W6 0.5, W1 (A = 1) 0.
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2019, 2020, Counting.FULL)
                .withTypes(Set.of("article", "review", "book-chapter"));
        IndicatorRow i1 = only(engine.compute(query, table), "I1");
        assertThat(i1.p()).isEqualTo(5.0); // W1, W2, W4, W6, W10
        assertThat(i1.tcs()).isEqualTo(113.0); // 10 + 0 + 2 + 100 + 1
        assertThat(i1.tncs()).isCloseTo((10 + 0 + 2 + 100) / 23.2 + 1, EXACT);
        assertThat(i1.pTop10()).isCloseTo(0.6, EXACT); // W6 0.5 + W10 0.1
        // Articles only: W3 (a review) leaves (1101, 2020) = W1 10, W2 0, W4 2: e = 4, 0.1·3 = 0.3 → W1 0.3.
        IndicatorRow i2 = only(engine.compute(query.withTypes(Set.of("article")), table), "I2");
        assertThat(i2.p()).isEqualTo(1.0);
        assertThat(i2.mncs()).isCloseTo(2.5, EXACT);
        assertThat(i2.pTop10()).isCloseTo(0.3, EXACT);
    }
}
