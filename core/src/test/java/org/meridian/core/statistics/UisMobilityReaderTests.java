package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UisMobilityReaderTests {

    private final UisMobility uis = Fixtures.uis();

    @Test
    void keepsCountriesWithIsoAlpha2AndQualifier() {
        assertThat(uis.countries()).contains(
                new UisValue(UisIndicator.INBOUND, "CHN", "CN", 2022, 210903, UisQualifier.REPORTED),
                new UisValue(UisIndicator.NET_FLOW, "CHN", "CN", 2022, -841380, UisQualifier.UIS_ESTIMATE),
                new UisValue(UisIndicator.INBOUND, "DEU", "DE", 2022, 403473.25, UisQualifier.NATIONAL_ESTIMATE));
    }

    @Test
    void separatesRegionalAggregatesAndUnmappedCodes() {
        assertThat(uis.aggregates()).extracting(UisValue::geoUnit)
                .containsExactly("SDG: Europe, Northern America", "ZZZ");
        assertThat(uis.report().samples(Finding.REGIONAL_AGGREGATE)).containsExactly("SDG: Europe, Northern America");
        assertThat(uis.report().samples(Finding.UNMAPPED_COUNTRY)).containsExactly("ZZZ");
    }

    @Test
    void readsNilAsZeroAndNotApplicableAsMissing() {
        assertThat(uis.countries()).filteredOn(value -> value.alpha2().equals("RU")).singleElement()
                .extracting(UisValue::value).isEqualTo(0.0);
        assertThat(uis.countries()).filteredOn(value -> value.alpha2().equals("GB")).singleElement()
                .extracting(UisValue::value).isEqualTo(Double.NaN);
    }

    @Test
    void reportsEveryQuirkWithCountsAndSamples() {
        ImportReport report = uis.report();

        assertThat(report.rowsRead()).isEqualTo(9);
        assertThat(report.rowsKept()).isEqualTo(8);
        assertThat(report.count(Finding.UIS_ESTIMATE)).isEqualTo(2);
        assertThat(report.count(Finding.NATIONAL_ESTIMATE)).isEqualTo(1);
        assertThat(report.count(Finding.NIL_MAGNITUDE)).isEqualTo(1);
        assertThat(report.count(Finding.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(report.samples(Finding.FRACTIONAL_HEADCOUNT)).containsExactly("DEU 26637 2022 = 403473.25");
        assertThat(report.samples(Finding.MISSING_YEAR)).containsExactly("CHN 26637 2021");
        assertThat(report.samples(Finding.MALFORMED_ROW)).containsExactly("line 10: bogus,CHN,2022,1,,");
        assertThat(report.lines().get(0)).isEqualTo("uis.csv: 9 rows read, 8 kept");
    }
}
