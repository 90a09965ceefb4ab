package org.meridian.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BalanceSheetTests {

    private static final Map<String, Set<String>> GROUPS = Map.of("OECD", Set.of("US", "DE"), "BRI", Set.of("RU"));

    private final List<ChannelFlow> flows = List.of(
            new ChannelFlow(Channel.STUDENTS, 2023, "US", 10, 8),
            new ChannelFlow(Channel.STUDENTS, 2023, "DE", 20, 2),
            new ChannelFlow(Channel.RESEARCH, 2023, "US", 5, 15),
            new ChannelFlow(Channel.GOVERNANCE, 2023, "RU", 0, 0),
            new ChannelFlow(Channel.STUDENTS, 2024, "RU", 3, 1),
            new ChannelFlow(Channel.STAFF_AND_SCHOLARS, 2024, null, 4, 4));

    @Test
    void indexIsNetBringingInOverAllFlow() {
        assertThat(new Balance(30, 10).index()).hasValue(0.5);
        assertThat(new Balance(0, 7).index()).hasValue(-1);
        assertThat(new Balance(4, 4).index()).hasValue(0);
        assertThat(Balance.NONE.index()).isEmpty();
    }

    @Test
    void sumsAllPartnersPerChannelWithRawCountsBeside() {
        BalanceRow all = sheet(ChannelWeights.equal()).row(BalanceScope.ALL, 2023, 2023).orElseThrow();

        assertThat(all.channel(Channel.STUDENTS)).isEqualTo(new Balance(30, 10));
        assertThat(all.channel(Channel.RESEARCH)).isEqualTo(new Balance(5, 15));
        assertThat(all.channel(Channel.GOVERNANCE).index()).isEmpty();
        // students +.5, research -.5, governance undefined -> mean of the two defined channels
        assertThat(all.overall()).hasValue(0);
    }

    @Test
    void overallIndexUsesTheStatedWeights() {
        ChannelWeights studentsFirst = new ChannelWeights(Map.of(Channel.STUDENTS, 3.0, Channel.RESEARCH, 1.0));

        BalanceRow all = sheet(studentsFirst).row(BalanceScope.ALL, 2023, 2023).orElseThrow();

        assertThat(all.overall().getAsDouble()).isCloseTo((3 * 0.5 + 1 * -0.5) / 4, within(1e-12));
    }

    @Test
    void balancesEachPartnerCountryAndGroup() {
        BalanceSheet sheet = sheet(ChannelWeights.equal());

        BalanceRow us = sheet.row(BalanceScope.country("US"), 2023, 2023).orElseThrow();
        // students (10 - 8) / 18, research (5 - 15) / 20
        assertThat(us.channel(Channel.STUDENTS).index().getAsDouble()).isCloseTo(2.0 / 18, within(1e-12));
        assertThat(us.overall().getAsDouble()).isCloseTo((2.0 / 18 - 0.5) / 2, within(1e-12));
        BalanceRow oecd = sheet.row(BalanceScope.group("OECD"), 2023, 2023).orElseThrow();
        assertThat(oecd.channel(Channel.STUDENTS)).isEqualTo(new Balance(30, 10));
        BalanceRow bri = sheet.row(BalanceScope.group("BRI"), 2023, 2023).orElseThrow();
        assertThat(bri.overall()).isEmpty();
    }

    @Test
    void unattributedFlowsCountInTheTotalOnly() {
        BalanceSheet sheet = sheet(ChannelWeights.equal());

        assertThat(sheet.rows(2024, 2024)).extracting(BalanceRow::scope).containsExactly(BalanceScope.ALL,
                BalanceScope.country("RU"), BalanceScope.group("BRI"));
        BalanceRow all = sheet.row(BalanceScope.ALL, 2024, 2024).orElseThrow();
        // students (3 - 1) / 4 = .5, staff 0 -> mean .25
        assertThat(all.overall()).hasValue(0.25);
    }

    @Test
    void periodRowsAddUpTheYears() {
        BalanceRow all = sheet(ChannelWeights.equal()).row(BalanceScope.ALL, 2023, 2024).orElseThrow();

        assertThat(all.channel(Channel.STUDENTS)).isEqualTo(new Balance(33, 11));
        assertThat(all.fromYear()).isEqualTo(2023);
        assertThat(sheet(ChannelWeights.equal()).byYear()).filteredOn(row -> row.scope().equals(BalanceScope.ALL))
                .extracting(BalanceRow::fromYear).containsExactly(2023, 2024);
    }

    private BalanceSheet sheet(ChannelWeights weights) {
        return BalanceSheet.of(flows, GROUPS, weights);
    }
}
