package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;
import static org.meridian.core.indicators.WorkFixtures.T1;
import static org.meridian.core.indicators.WorkFixtures.author;
import static org.meridian.core.indicators.WorkFixtures.corresponding;
import static org.meridian.core.indicators.WorkFixtures.institution;
import static org.meridian.core.indicators.WorkFixtures.only;
import static org.meridian.core.indicators.WorkFixtures.work;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Countries on {@link WorkFixtures#sample()}, 2019-2020, all fields (citation values as in
 * {@link InstitutionIndicatorTests}). Authorship countries: W1 {CN} {US}; W2 {CN} {} {CN}; W3 {US, GB} (its own
 * list; its institution is American); W4 {HK} {CN}; W5 {DE}; W10 {CN}.
 */
class CountryIndicatorTests {

    private final WorkTable table = WorkFixtures.sampleTable();
    private final IndicatorEngine engine = new IndicatorEngine(1);

    private List<IndicatorRow> rows(Counting counting, boolean hkMoSeparate) {
        return engine.compute(IndicatorQuery.of(UnitType.COUNTRY, FieldLevel.ALL, 2019, 2020, counting)
                .withHkMoSeparate(hkMoSeparate), table);
    }

    @Test
    void countsHongKongAsChinaByDefault() {
        // HK has no row; W4 (HK + CN) is a Chinese work and not international.
        assertThat(rows(Counting.FULL, false)).extracting(IndicatorRow::unitId).containsExactly("CN", "DE", "GB", "US");
        IndicatorRow cn = only(rows(Counting.FULL, false), "CN");
        assertThat(cn.p()).isEqualTo(4.0); // W1, W2, W4, W10
        assertThat(cn.pCollab()).isEqualTo(3.0); // W1, W2, W4 (two institutions each)
        assertThat(cn.pIntCollab()).isEqualTo(1.0); // W1
        assertThat(cn.pIndustry()).isEqualTo(1.0); // W2
        assertThat(cn.tcs()).isEqualTo(13.0);
        assertThat(cn.tncs()).isCloseTo(4.0, EXACT);
        assertThat(cn.pTop10()).isCloseTo(0.5, EXACT);
        assertThat(cn.ppIntCollabLed().getAsDouble()).isEqualTo(1.0); // W1's corresponding author is Chinese
    }

    @Test
    void splitsChineseWorksOverAuthorshipCountriesUnderFractionalCounting() {
        // CN: W1 1/2; W2 (1 + 0 + 1)/3 = 2/3; W4 (HK read as CN: 1 + 1)/2 = 1; W10 1. p = 19/6.
        IndicatorRow cn = only(rows(Counting.FRACTIONAL, false), "CN");
        assertThat(cn.p()).isCloseTo(19.0 / 6, EXACT);
        assertThat(cn.pCollab()).isCloseTo(13.0 / 6, EXACT); // 1/2 + 2/3 + 1
        assertThat(cn.ppCollab()).isCloseTo(13.0 / 19, EXACT);
        assertThat(cn.pIntCollab()).isCloseTo(0.5, EXACT); // W1
        assertThat(cn.ppIntCollab()).isCloseTo(3.0 / 19, EXACT); // (1/2) / (19/6)
        assertThat(cn.pIndustry()).isCloseTo(2.0 / 3, EXACT); // W2
        assertThat(cn.ppIndustry()).isCloseTo(4.0 / 19, EXACT);
        assertThat(cn.tcs()).isCloseTo(8.0, EXACT); // 10/2 + 0 + 2 + 1
        assertThat(cn.mcs()).isCloseTo(48.0 / 19, EXACT);
        assertThat(cn.tncs()).isCloseTo(2.75, EXACT); // 2.5/2 + 0 + 0.5 + 1
        assertThat(cn.mncs()).isCloseTo(16.5 / 19, EXACT);
        assertThat(cn.pTop10()).isCloseTo(0.3, EXACT); // 0.4/2 + 0.1
        assertThat(cn.ppTop10()).isCloseTo(1.8 / 19, EXACT);
        assertThat(cn.ppIntCollabLed().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void splitsAMultiCountryAuthorshipOverItsCountries() {
        // W3's single author lists US and GB: each gets 1/2; GB comes only from the authorship's own list.
        IndicatorRow us = only(rows(Counting.FRACTIONAL, false), "US");
        IndicatorRow gb = only(rows(Counting.FRACTIONAL, false), "GB");
        assertThat(us.p()).isCloseTo(1.0, EXACT); // W1 1/2 + W3 1/2
        assertThat(us.tcs()).isCloseTo(7.0, EXACT); // 10/2 + 4/2
        assertThat(us.tncs()).isCloseTo(1.75, EXACT); // 2.5/2 + 1/2
        assertThat(us.pTop10()).isCloseTo(0.2, EXACT); // 0.4/2
        assertThat(gb.p()).isCloseTo(0.5, EXACT);
        assertThat(gb.tcs()).isCloseTo(2.0, EXACT);
        assertThat(gb.ppIntCollab()).isCloseTo(1.0, EXACT);
        IndicatorRow gbFull = only(rows(Counting.FULL, false), "GB");
        assertThat(gbFull.p()).isEqualTo(1.0);
        assertThat(gbFull.tcs()).isEqualTo(4.0);
        assertThat(gbFull.ppIntCollabLed().getAsDouble()).isEqualTo(0.0); // W3 has no corresponding author
    }

    @Test
    void keepsHongKongApartWhenAsked() {
        List<IndicatorRow> full = rows(Counting.FULL, true);
        assertThat(full).extracting(IndicatorRow::unitId).containsExactly("CN", "DE", "GB", "HK", "US");
        IndicatorRow hk = only(full, "HK");
        assertThat(hk.p()).isEqualTo(1.0); // W4
        assertThat(hk.pIntCollab()).isEqualTo(1.0); // W4 is now HK-CN
        assertThat(hk.ppIntCollabLed().getAsDouble()).isEqualTo(1.0); // W4's corresponding author is in HK
        IndicatorRow cn = only(full, "CN");
        assertThat(cn.pIntCollab()).isEqualTo(2.0); // W1, W4
        assertThat(cn.ppIntCollabLed().getAsDouble()).isCloseTo(0.5, EXACT); // W1 led, W4 not
        // fractional CN: W1 1/2 + W2 2/3 + W4 1/2 + W10 1 = 8/3; HK: W4 1/2
        assertThat(only(rows(Counting.FRACTIONAL, true), "CN").p()).isCloseTo(8.0 / 3, EXACT);
        assertThat(only(rows(Counting.FRACTIONAL, true), "HK").p()).isCloseTo(0.5, EXACT);
    }

    @Test
    void countsMacaoAsChinaByDefault() {
        WorkTable macao = WorkTable.of(List.of(work("M", 2020, "article", 3, T1,
                corresponding(institution("M1", "MO", "education")), author(institution("C1", "CN", "education"))),
                work("N", 2020, "article", 1, T1, author(institution("C1", "CN", "education")))));
        IndicatorQuery query = IndicatorQuery.of(UnitType.COUNTRY, FieldLevel.ALL, 2020, 2020, Counting.FRACTIONAL);
        List<IndicatorRow> merged = engine.compute(query, macao);
        assertThat(merged).extracting(IndicatorRow::unitId).containsExactly("CN");
        assertThat(merged.get(0).p()).isCloseTo(2.0, EXACT); // M (1/2 + 1/2) + N 1
        assertThat(merged.get(0).pIntCollab()).isEqualTo(0.0);
        assertThat(merged.get(0).ppIntCollabLed()).isEmpty();
        List<IndicatorRow> separate = engine.compute(query.withHkMoSeparate(true), macao);
        assertThat(only(separate, "MO").p()).isCloseTo(0.5, EXACT);
        assertThat(only(separate, "MO").ppIntCollabLed().getAsDouble()).isEqualTo(1.0);
        assertThat(only(separate, "CN").p()).isCloseTo(1.5, EXACT); // M 1/2 + N 1
        assertThat(only(separate, "CN").pIntCollab()).isCloseTo(0.5, EXACT);
        assertThat(only(separate, "CN").ppIntCollabLed().getAsDouble()).isEqualTo(0.0);
    }
}
