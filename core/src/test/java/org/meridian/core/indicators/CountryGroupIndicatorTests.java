package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;
import static org.meridian.core.indicators.WorkFixtures.only;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Country groups on {@link WorkFixtures#sample()}, 2019-2020, all fields (see {@link CountryIndicatorTests}). */
class CountryGroupIndicatorTests {

    private final WorkTable table = WorkFixtures.sampleTable();
    private final IndicatorEngine engine = new IndicatorEngine(1);
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();

    {
        groups.put("Pacific", Set.of("CN", "US"));
        groups.put("Harbour", Set.of("HK"));
        groups.put("Nowhere", Set.of("ZZ"));
    }

    private List<IndicatorRow> rows(Counting counting, boolean hkMoSeparate) {
        return engine.compute(IndicatorQuery.of(UnitType.COUNTRY_GROUP, FieldLevel.ALL, 2019, 2020, counting)
                .withGroups(groups).withHkMoSeparate(hkMoSeparate), table);
    }

    @Test
    void capsAGroupAtOnePerWorkUnderFullCounting() {
        // W1 has CN and US: 1, not 2. Works: W1, W2, W3, W4, W10.
        IndicatorRow pacific = only(rows(Counting.FULL, false), "Pacific");
        assertThat(pacific.p()).isEqualTo(5.0);
        assertThat(pacific.pIntCollab()).isEqualTo(2.0); // W1, W3
        assertThat(pacific.ppIntCollabLed().getAsDouble()).isCloseTo(0.5, EXACT); // W1 led by CN, W3 by nobody
        assertThat(pacific.tcs()).isEqualTo(17.0); // 10 + 0 + 4 + 2 + 1
        assertThat(pacific.pTop10()).isCloseTo(0.5, EXACT); // W1 0.4 + W10 0.1
    }

    @Test
    void sumsMemberWeightsUnderFractionalCounting() {
        // W1 CN 1/2 + US 1/2 = 1; W2 CN 2/3; W3 US 1/2 (GB is no member); W4 CN 1; W10 CN 1.
        IndicatorRow pacific = only(rows(Counting.FRACTIONAL, false), "Pacific");
        assertThat(pacific.p()).isCloseTo(25.0 / 6, EXACT);
        assertThat(pacific.tcs()).isCloseTo(15.0, EXACT); // 10 + 0 + 4/2 + 2 + 1
        assertThat(pacific.pIntCollab()).isCloseTo(1.5, EXACT); // W1 1 + W3 1/2
        assertThat(pacific.pIndustry()).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void readsGroupMembersWithTheHongKongRule() {
        // By default the group {HK} is the group {CN}: W1, W2, W4, W10. Kept apart, it is W4 alone.
        assertThat(only(rows(Counting.FULL, false), "Harbour").p()).isEqualTo(4.0);
        assertThat(only(rows(Counting.FULL, true), "Harbour").p()).isEqualTo(1.0);
        assertThat(only(rows(Counting.FRACTIONAL, true), "Harbour").p()).isCloseTo(0.5, EXACT);
    }

    @Test
    void writesNoRowForAGroupWithoutWorksAndKeepsTheGivenOrder() {
        assertThat(rows(Counting.FULL, false)).extracting(IndicatorRow::unitId).containsExactly("Pacific", "Harbour");
    }

    @Test
    void computesOnlyTheGroupsAskedFor() {
        IndicatorQuery query = IndicatorQuery.of(UnitType.COUNTRY_GROUP, FieldLevel.ALL, 2019, 2020, Counting.FULL)
                .withGroups(groups).withUnits(Set.of("Harbour"));
        assertThat(engine.compute(query, table)).extracting(IndicatorRow::unitId).containsExactly("Harbour");
    }
}
