package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.IndicatorTree;

class NationalIndicatorsTests {

    @Test
    void fillsInboundStudentsAndPartnerBreadth() {
        IndicatorTable table = NationalIndicators.table(Fixtures.statistics(), List.of("CN", "DE", "GB"), 2022, 2,
                2023, 100);

        assertThat(table.value("CN", "inbound_students")).isEqualTo(210_903);
        // CN's partners with >= 100 works in 2023: US, DE, RU in Northern America, Western and Eastern Europe
        assertThat(table.value("CN", "partner_countries")).isEqualTo(3);
        assertThat(table.value("CN", "partner_regions")).isEqualTo(3);
        // DE: CN only (US-DE has 40 works, below the minimum)
        assertThat(table.value("DE", "partner_countries")).isEqualTo(1);
        assertThat(table.value("GB", "inbound_students")).isNaN();
        assertThat(table.value("GB", "partner_countries")).isNaN();
    }

    @Test
    void takesTheLatestYearWithinTheWindow() {
        IndicatorTable table = NationalIndicators.table(Fixtures.statistics(), List.of("CN"), 2021, 1, 2023, 100);

        assertThat(table.value("CN", "inbound_students")).isEqualTo(225_100);
    }

    @Test
    void saysForEveryOtherIndicatorOfTheTreeWhyNoNationalValueShips() {
        Set<String> explained = new HashSet<>(NationalIndicators.WITHOUT_NATIONAL_SOURCE.keySet());
        explained.retainAll(NationalIndicators.FILLED);
        assertThat(explained).isEmpty();
        Set<String> covered = new HashSet<>(NationalIndicators.FILLED);
        covered.addAll(NationalIndicators.WITHOUT_NATIONAL_SOURCE.keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(IndicatorTree.goingGlobalAndVoice().indicators()
                .stream().map(Indicator::id).toList());
    }
}
