package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NationalMobilityTests {

    @Test
    void derivesOutboundAsInboundMinusNetFlow() {
        List<MobilityYear> years = NationalMobility.of("CN", Fixtures.uis(), Fixtures.inboundRates(),
                Fixtures.noRates());

        MobilityYear last = years.get(years.size() - 1);
        assertThat(last.year()).isEqualTo(2022);
        // 210,903 - (-841,380)
        assertThat(last.outbound()).hasValue(1_052_283);
        assertThat(last.netFlowQualifier()).isEqualTo(UisQualifier.UIS_ESTIMATE);
        assertThat(last.inboundRatePercent()).hasValue(0.37);
        assertThat(last.outboundRatioPercent()).isEmpty();
    }

    @Test
    void leavesOutboundEmptyWithoutNetFlow() {
        MobilityYear first = NationalMobility.of("CN", Fixtures.uis(), Fixtures.inboundRates(), Fixtures.noRates())
                .get(0);

        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.inbound()).hasValue(225_100);
        assertThat(first.outbound()).isEmpty();
        assertThat(first.netFlowQualifier()).isNull();
    }

    @Test
    void keepsPublishedRatesOfCountriesApartFromAggregates() {
        PublishedRates rates = Fixtures.inboundRates();

        assertThat(rates.countries()).singleElement().extracting(PublishedRate::alpha2).isEqualTo("CN");
        assertThat(rates.aggregates()).extracting(PublishedRate::code).containsExactly("OWID_WRL", "");
        assertThat(rates.report().count(Finding.REGIONAL_AGGREGATE)).isEqualTo(2);
    }
}
