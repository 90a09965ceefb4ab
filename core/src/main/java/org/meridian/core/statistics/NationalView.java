package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a country's {@link NationalProfile} from the shipped statistics. */
public final class NationalView {

    private NationalView() {
    }

    /**
     * @param groups      named groups of partner countries (alpha-2), e.g. OECD members and Belt and Road countries
     * @param top         how many top partners to list per year
     * @param totalOutput the country's total works per year if known (for the international share), else empty
     */
    public static NationalProfile of(String alpha2, ShippedStatistics statistics, Map<String, Set<String>> groups,
            int top, Map<Integer, Long> totalOutput) {
        Country country = statistics.countries().byAlpha2(alpha2)
                .orElseThrow(() -> new IllegalArgumentException("unknown country " + alpha2));
        List<StudentFlow> flows = statistics.oecdFlows().records();
        List<PartnerYear> inbound = StudentPartners.inbound(alpha2, flows, top, groups);
        List<PartnerYear> outbound = StudentPartners.outbound(alpha2, flows, top, groups);
        List<NationalNote> notes = new ArrayList<>();
        notes.add(new NationalNote("insight.national.note.derivedOutbound", "Outbound students are derived as UIS inbound"
                + " minus UIS net flow; rates are the published UIS rates (via Our World in Data): no tertiary enrolment"
                + " denominator ships."));
        if (inbound.isEmpty()) {
            notes.add(new NationalNote("insight.national.note.noOecdOrigins", country.nameEnglish() + " does not report"
                    + " international students by origin to the OECD (EDU_ENRL_MOBILE, 2013-2019): inbound students by"
                    + " partner country are not available."));
        }
        notes.add(new NationalNote("insight.national.note.oecdHosts", "Outbound students by destination cover the 40 hosts"
                + " reporting to the OECD only, so the OECD share of destinations is high by construction; counts are half"
                + " the double-counted published sums."));
        if (totalOutput.isEmpty()) {
            notes.add(new NationalNote("insight.national.note.noTotalOutput", "Total output per year is not shipped: the"
                    + " share of internationally co-authored output is not computed; partner shares are of the country's"
                    + " internationally co-authored works."));
        }
        return new NationalProfile(country,
                NationalMobility.of(alpha2, statistics.uis(), statistics.inboundMobilityRates(),
                        statistics.outboundMobilityRatios()),
                inbound, outbound,
                CoauthorshipPartners.of(alpha2, statistics.coauthoredWorks().records(),
                        statistics.internationalWorks().records(), totalOutput, top, groups),
                notes);
    }
}
