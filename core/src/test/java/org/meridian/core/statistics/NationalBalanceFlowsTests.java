package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelFlow;

class NationalBalanceFlowsTests {

    @Test
    void nationalTotalsBringInInboundAndSendOutOutboundStudents() {
        MobilityYear year = new MobilityYear(2022, OptionalDouble.of(210_903), OptionalDouble.of(-841_380),
                OptionalDouble.of(1_052_283), UisQualifier.REPORTED, UisQualifier.REPORTED, OptionalDouble.empty(),
                OptionalDouble.empty());
        MobilityYear inboundOnly = new MobilityYear(2023, OptionalDouble.of(200_892), OptionalDouble.empty(),
                OptionalDouble.empty(), UisQualifier.REPORTED, null, OptionalDouble.empty(), OptionalDouble.empty());

        assertThat(NationalBalanceFlows.students(List.of(year, inboundOnly)))
                .containsExactly(new ChannelFlow(Channel.STUDENTS, 2022, null, 210_903, 1_052_283));
    }

    @Test
    void partnerFlowsNeedBothCountriesReportingAsHosts() {
        List<StudentFlow> flows = List.of(new StudentFlow("DE", "GB", 2018, 20, 10),
                new StudentFlow("GB", "DE", 2018, 61, 30.5), new StudentFlow("DE", "CN", 2018, 100, 50));

        assertThat(NationalBalanceFlows.studentsByPartner("DE", flows))
                .containsExactly(new ChannelFlow(Channel.STUDENTS, 2018, "GB", 10, 31));
        assertThat(NationalBalanceFlows.oneSidedPartners("DE", flows)).containsExactly("CN");
    }
}
