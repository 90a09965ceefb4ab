package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoauthorshipReaderTests {

    @Test
    void readsPairsAndReportsDifferingDirectedCounts() {
        Imported<CoauthoredWorks> pairs = Fixtures.pairs();

        assertThat(pairs.records()).contains(new CoauthoredWorks(2023, "CN", "US", 72_794));
        assertThat(pairs.report().samples(Finding.DIRECTED_COUNTS_DIFFER)).containsExactly("2023 DE-CN: 15954 vs 15953");
        assertThat(pairs.report().samples(Finding.UNMAPPED_COUNTRY)).containsExactly("XX");
        assertThat(pairs.records()).hasSize(4);
    }

    @Test
    void flagsCappedPartnerCountsAndMissingYears() {
        Imported<InternationalWorks> works = Fixtures.internationalWorks();

        assertThat(works.records()).contains(new InternationalWorks(2023, "DE", 145_905, 180, false));
        assertThat(works.records().get(1).capped()).isTrue();
        assertThat(works.records().get(1).partnerCountries()).isEqualTo(199);
        assertThat(works.report().count(Finding.PARTNER_COUNT_CAPPED)).isEqualTo(3);
        assertThat(works.report().samples(Finding.MISSING_YEAR)).containsExactly("CN 2022");
    }
}
