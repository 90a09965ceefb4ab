package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.balance.BalanceScope;
import org.meridian.core.balance.BalanceSheet;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelWeights;

/** The real files shipped in {@code /reference/statistics}, checked against figures stated in their sources. */
class ShippedStatisticsTests {

    private static ShippedStatistics statistics;

    @BeforeAll
    static void load() {
        statistics = ShippedStatistics.load();
    }

    @Test
    void derivesChinaAndGermanyOutboundAsInTheSourceNotes() {
        MobilityYear china = year("CN", 2022);
        assertThat(china.inbound()).hasValue(210_903);
        assertThat(china.netFlow()).hasValue(-841_380);
        assertThat(china.outbound()).hasValue(1_052_283);
        MobilityYear germany = year("DE", 2022);
        assertThat(germany.inbound()).hasValue(403_473);
        assertThat(germany.netFlow()).hasValue(277_232);
        assertThat(germany.outbound()).hasValue(126_241);
    }

    @Test
    void readsEveryUisRowAndSeparatesTheAggregates() {
        ImportReport report = statistics.uis().report();

        assertThat(report.rowsRead()).isEqualTo(9_186);
        assertThat(report.rowsKept()).isEqualTo(9_186);
        assertThat(statistics.uis().aggregates()).hasSize(4_488);
        assertThat(statistics.uis().aggregates()).extracting(UisValue::geoUnit).contains("AIMS: East Asia",
                "SDG: Europe", "ECE: Eastern Europe, Caucasus and Central Asia (CIS) (UNSDCode:98202)");
        assertThat(report.count(Finding.UIS_ESTIMATE)).isEqualTo(3_881);
        assertThat(report.count(Finding.NATIONAL_ESTIMATE)).isEqualTo(29);
        assertThat(report.count(Finding.NIL_MAGNITUDE)).isEqualTo(66);
        assertThat(report.count(Finding.NOT_APPLICABLE)).isEqualTo(121);
        assertThat(report.count(Finding.UNMAPPED_COUNTRY)).isZero();
        assertThat(report.count(Finding.MISSING_YEAR)).isPositive();
    }

    @Test
    void readsOecdFlowsWithTheirQuirks() {
        ImportReport report = statistics.oecdFlows().report();

        assertThat(report.rowsRead()).isEqualTo(57_858);
        assertThat(statistics.oecdFlows().records()).contains(new StudentFlow("US", "CN", 2019, 680_443, 340_221.5),
                new StudentFlow("AU", "IN", 2019, 186_648, 93_324));
        assertThat(report.count(Finding.ODD_PUBLISHED_SUM)).isEqualTo(2_644);
        assertThat(report.samples(Finding.RENAMED_COUNTRY)).contains("China -> CN (People's Republic of China)");
        assertThat(statistics.oecdFlows().records()).anyMatch(flow -> flow.hostAlpha2().equals("TR"));
        assertThat(report.samples(Finding.REPAIRED_ENCODING)).containsExactly("CuraÃ§ao -> Curaçao");
        assertThat(report.count(Finding.UNMAPPED_COUNTRY)).isZero();
        assertThat(report.samples(Finding.HOST_YEAR_ALL_ZERO)).contains("Colombia 2013", "Costa Rica 2019");
        assertThat(report.rowsKept() + report.count(Finding.HOST_YEAR_ALL_ZERO)).isEqualTo(57_858);
    }

    @Test
    void readsCoauthorshipCountsAsInTheSourceNotes() {
        assertThat(statistics.coauthoredWorks().report().rowsKept()).isEqualTo(265_281);
        assertThat(statistics.coauthoredWorks().records()).contains(new CoauthoredWorks(2023, "CN", "US", 72_794));
        assertThat(statistics.coauthoredWorks().report().count(Finding.DIRECTED_COUNTS_DIFFER)).isEqualTo(6);
        assertThat(statistics.internationalWorks().report().rowsKept()).isEqualTo(7_735);
        assertThat(statistics.internationalWorks().records()).contains(
                new InternationalWorks(2023, "US", 405_719, 200, true));
        assertThat(statistics.internationalWorks().records()).filteredOn(works -> works.year() == 2023)
                .filteredOn(works -> Set.of("CN", "DE").contains(works.country()))
                .extracting(InternationalWorks::works).containsExactlyInAnyOrder(237_887L, 145_905L);
    }

    @Test
    void separatesOwidAggregates() {
        assertThat(statistics.inboundMobilityRates().report().rowsRead()).isEqualTo(2_848);
        assertThat(statistics.inboundMobilityRates().aggregates()).extracting(PublishedRate::code).contains("OWID_WRL");
        assertThat(statistics.outboundMobilityRatios().countries()).anyMatch(rate -> rate.alpha2().equals("CN")
                && rate.year() == 2022 && rate.percent() == 1.84164);
    }

    @Test
    void showsChinasViewAndStudentBalance() {
        Map<String, Set<String>> groups = Map.of("OECD", statistics.countries().oecdMembersOn(LocalDate.of(2023, 12, 31)));
        NationalProfile china = NationalView.of("CN", statistics, groups, 3, Map.of());

        assertThat(china.inboundStudentPartners()).isEmpty();
        PartnerYear outbound2019 = china.outboundStudentPartners().get(china.outboundStudentPartners().size() - 1);
        assertThat(outbound2019.year()).isEqualTo(2019);
        assertThat(outbound2019.top().get(0)).extracting(PartnerCount::partner, PartnerCount::count)
                .containsExactly("US", 340_221.5);
        CoauthorshipYear coauthorship2023 = china.coauthorship().get(china.coauthorship().size() - 1);
        assertThat(coauthorship2023.top().get(0).share()).isCloseTo(72_794 / 237_887.0, within(1e-12));

        BalanceSheet balance = BalanceSheet.of(NationalBalanceFlows.students(china.mobility()), groups,
                ChannelWeights.equal());
        assertThat(balance.row(BalanceScope.ALL, 2022, 2022).orElseThrow().channel(Channel.STUDENTS).index()
                .getAsDouble()).isCloseTo((210_903 - 1_052_283) / 1_263_186.0, within(1e-12));
    }

    private static MobilityYear year(String country, int year) {
        return NationalMobility.of(country, statistics.uis(), statistics.inboundMobilityRates(),
                statistics.outboundMobilityRatios()).stream().filter(row -> row.year() == year).findFirst()
                .orElseThrow();
    }
}
