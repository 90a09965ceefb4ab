package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;
import static org.meridian.core.indicators.WorkFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Institutions on {@link WorkFixtures#sample()}, 2019-2020, all fields, articles and reviews: W1, W2, W3, W4, W5
 * and W10 count. Citation groups (subfield, year): (1101, 2020) = W1 10, W2 0, W3 4, W4 2, so e = 16/4 = 4 and
 * NCS = 2.5, 0, 1, 0.5; top-10% with N = 4, 0.1·N = 0.4: W1 A=0 B=1 → 0.4, the others A ≥ 1 → 0.
 * (2201, 2020) = W5 alone: NCS 1, share 0.1. (2201, 2019) = W10 alone: NCS 1, share 0.1.
 */
class InstitutionIndicatorTests {

    private final WorkTable table = WorkFixtures.sampleTable();
    private final IndicatorEngine engine = new IndicatorEngine(1);

    private List<IndicatorRow> rows(Counting counting) {
        return engine.compute(IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2019, 2020, counting), table);
    }

    @Test
    void countsEveryWorkOfAnInstitutionOnceUnderFullCounting() {
        // I1 is on W1, W2, W4, W10 (W6 is a book chapter, W9 is from 2018, W7 and W8 are left out).
        IndicatorRow i1 = only(rows(Counting.FULL), "I1");
        assertThat(i1.p()).isEqualTo(4.0);
        assertThat(i1.pCollab()).isEqualTo(3.0); // W1 (I1, I2), W2 (I1, I3), W4 (I4, I1)
        assertThat(i1.ppCollab()).isCloseTo(0.75, EXACT);
        assertThat(i1.pIntCollab()).isEqualTo(1.0); // W1 CN-US; W4 is CN-HK, one country by default
        assertThat(i1.ppIntCollab()).isCloseTo(0.25, EXACT);
        assertThat(i1.pIndustry()).isEqualTo(1.0); // W2 has company I3
        assertThat(i1.ppIndustry()).isCloseTo(0.25, EXACT);
        assertThat(i1.tcs()).isEqualTo(13.0); // 10 + 0 + 2 + 1
        assertThat(i1.mcs()).isCloseTo(3.25, EXACT);
        assertThat(i1.tncs()).isCloseTo(4.0, EXACT); // 2.5 + 0 + 0.5 + 1
        assertThat(i1.mncs()).isCloseTo(1.0, EXACT);
        assertThat(i1.pTop10()).isCloseTo(0.5, EXACT); // 0.4 + 0 + 0 + 0.1
        assertThat(i1.ppTop10()).isCloseTo(0.125, EXACT);
        assertThat(i1.ppIntCollabLed().getAsDouble()).isEqualTo(1.0); // W1: I1's authorship is corresponding
        assertThat(i1.activityIndex()).isCloseTo(1.0, EXACT);
    }

    @Test
    void splitsWorksOverAuthorshipsAndTheirInstitutionsUnderFractionalCounting() {
        // I1: W1 1/2; W2 (a1 {I1, I3}: 1/2, a2 {}: 0, a3 {I1}: 1)/3 = 1/2; W4 1/2; W10 1.
        IndicatorRow i1 = only(rows(Counting.FRACTIONAL), "I1");
        assertThat(i1.p()).isCloseTo(2.5, EXACT);
        assertThat(i1.pCollab()).isCloseTo(1.5, EXACT); // W1 + W2 + W4
        assertThat(i1.ppCollab()).isCloseTo(0.6, EXACT);
        assertThat(i1.pIntCollab()).isCloseTo(0.5, EXACT); // W1
        assertThat(i1.ppIntCollab()).isCloseTo(0.2, EXACT);
        assertThat(i1.pIndustry()).isCloseTo(0.5, EXACT); // W2
        assertThat(i1.ppIndustry()).isCloseTo(0.2, EXACT);
        assertThat(i1.tcs()).isCloseTo(7.0, EXACT); // 10/2 + 0/2 + 2/2 + 1
        assertThat(i1.mcs()).isCloseTo(2.8, EXACT); // 7 / 2.5
        assertThat(i1.tncs()).isCloseTo(2.5, EXACT); // 2.5/2 + 0 + 0.5/2 + 1
        assertThat(i1.mncs()).isCloseTo(1.0, EXACT);
        assertThat(i1.pTop10()).isCloseTo(0.3, EXACT); // 0.4/2 + 0.1
        assertThat(i1.ppTop10()).isCloseTo(0.12, EXACT);
        assertThat(i1.ppIntCollabLed().getAsDouble()).isEqualTo(1.0); // always by full counting
    }

    @Test
    void creditsAnInstitutionOnlyItsShareOfAMultiInstitutionAuthorship() {
        // I3 appears only on W2 beside I1 in one authorship of three: (1/2)/3 = 1/6.
        IndicatorRow full = only(rows(Counting.FULL), "I3");
        IndicatorRow fractional = only(rows(Counting.FRACTIONAL), "I3");
        assertThat(full.p()).isEqualTo(1.0);
        assertThat(fractional.p()).isCloseTo(1.0 / 6, EXACT);
        assertThat(fractional.ppCollab()).isCloseTo(1.0, EXACT);
        assertThat(fractional.ppIndustry()).isCloseTo(1.0, EXACT);
        assertThat(fractional.tcs()).isEqualTo(0.0);
        assertThat(fractional.mncs()).isEqualTo(0.0);
    }

    @Test
    void leavesLeadershipEmptyWithoutInternationalCollaboration() {
        // I3 (W2, all Chinese) and I4 (W4, Hong Kong with China) have no international work by default.
        assertThat(only(rows(Counting.FULL), "I3").ppIntCollabLed()).isEmpty();
        assertThat(only(rows(Counting.FULL), "I4").ppIntCollabLed()).isEmpty();
    }

    @Test
    void measuresLeadershipByCorrespondingAuthorshipsOfTheUnit() {
        // I2 is on W1 (corresponding author at I1) and W3 (no corresponding author): led 0 of 2.
        IndicatorRow full = only(rows(Counting.FULL), "I2");
        IndicatorRow fractional = only(rows(Counting.FRACTIONAL), "I2");
        assertThat(full.ppIntCollabLed().getAsDouble()).isEqualTo(0.0);
        assertThat(fractional.ppIntCollabLed().getAsDouble()).isEqualTo(0.0);
        // full: W1 + W3; fractional: W1 1/2 + W3 1 (one authorship, one institution)
        assertThat(full.p()).isEqualTo(2.0);
        assertThat(fractional.p()).isCloseTo(1.5, EXACT);
        assertThat(full.pIntCollab()).isEqualTo(2.0); // W3 is US-GB through its author's countries
        assertThat(fractional.ppIntCollab()).isCloseTo(1.0, EXACT);
        assertThat(full.tcs()).isEqualTo(14.0); // 10 + 4
        assertThat(fractional.tcs()).isCloseTo(9.0, EXACT); // 10/2 + 4
        assertThat(full.mncs()).isCloseTo(1.75, EXACT); // (2.5 + 1) / 2
        assertThat(fractional.mncs()).isCloseTo(1.5, EXACT); // (2.5/2 + 1) / 1.5
        assertThat(full.ppTop10()).isCloseTo(0.2, EXACT); // 0.4 / 2
        assertThat(fractional.ppTop10()).isCloseTo(0.2 / 1.5, EXACT); // (0.4/2) / 1.5
    }

    @Test
    void writesRowsOnlyForUnitsWithWorks() {
        // I1..I5 all have a counted work; no institution appears only on excluded works here.
        assertThat(rows(Counting.FRACTIONAL)).extracting(IndicatorRow::unitId)
                .containsExactly("I1", "I2", "I3", "I4", "I5");
    }

    @Test
    void computesOnlyTheInstitutionsAskedFor() {
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2019, 2020, Counting.FULL)
                .withUnits(java.util.Set.of("I2", "I9"));
        assertThat(engine.compute(query, table)).extracting(IndicatorRow::unitId).containsExactly("I2");
    }

    @Test
    void namesInstitutionsFromWorksUnlessNamesAreGiven() {
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2019, 2020, Counting.FULL)
                .withNames(new Names(java.util.Map.of("I2", "Second University"), java.util.Map.of()));
        List<IndicatorRow> rows = engine.compute(query, table);
        assertThat(only(rows, "I1").unitName()).isEqualTo("Institution I1");
        assertThat(only(rows, "I2").unitName()).isEqualTo("Second University");
        assertThat(only(rows, "I1").fieldId()).isEqualTo("all");
        assertThat(only(rows, "I1").fieldName()).isEqualTo("All fields");
    }
}
