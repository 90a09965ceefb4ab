package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelFlow;

/**
 * Student-channel flows of a country for its {@link org.meridian.core.balance.BalanceSheet}, from the national
 * statistics: bringing in = inbound mobile students, going global = outbound. Counts are rounded to whole students
 * (some published values are fractional estimates).
 */
public final class NationalBalanceFlows {

    private record YearPartner(int year, String partner) implements Comparable<YearPartner> {

        @Override
        public int compareTo(YearPartner other) {
            return year != other.year ? Integer.compare(year, other.year) : partner.compareTo(other.partner);
        }
    }

    private NationalBalanceFlows() {
    }

    /** National totals per year (no partner country) for the years with both inbound and derived outbound (UIS). */
    public static List<ChannelFlow> students(List<MobilityYear> mobility) {
        List<ChannelFlow> flows = new ArrayList<>();
        for (MobilityYear year : mobility) {
            if (year.inbound().isPresent() && year.outbound().isPresent()) {
                flows.add(new ChannelFlow(Channel.STUDENTS, year.year(), null, Math.round(year.inbound().getAsDouble()),
                        Math.round(Math.max(0, year.outbound().getAsDouble()))));
            }
        }
        return flows;
    }

    /**
     * Flows per partner country from the OECD host x origin data, only where both directions are reported in that
     * year: the country hosts students from the partner and the partner hosts students from the country. Partners
     * with one direction only are left out; {@link #oneSidedPartners} lists them.
     */
    public static List<ChannelFlow> studentsByPartner(String alpha2, List<StudentFlow> flows) {
        Map<YearPartner, Double> in = new HashMap<>();
        Map<YearPartner, Double> out = new HashMap<>();
        Set<Integer> hostYears = hostYears(alpha2, flows);
        Map<Integer, Set<String>> reportingHosts = reportingHosts(flows);
        for (StudentFlow flow : flows) {
            if (flow.hostAlpha2().equals(alpha2) && !flow.originAlpha2().equals(alpha2)) {
                in.merge(new YearPartner(flow.year(), flow.originAlpha2()), flow.tertiaryStudents(), Double::sum);
            } else if (flow.originAlpha2().equals(alpha2) && !flow.hostAlpha2().equals(alpha2)) {
                out.merge(new YearPartner(flow.year(), flow.hostAlpha2()), flow.tertiaryStudents(), Double::sum);
            }
        }
        List<ChannelFlow> result = new ArrayList<>();
        Set<YearPartner> keys = new TreeSet<>(in.keySet());
        keys.addAll(out.keySet());
        for (YearPartner key : keys) {
            int year = key.year();
            String partner = key.partner();
            if (hostYears.contains(year) && reportingHosts.getOrDefault(year, Set.of()).contains(partner)) {
                result.add(new ChannelFlow(Channel.STUDENTS, year, partner, Math.round(in.getOrDefault(key, 0.0)),
                        Math.round(out.getOrDefault(key, 0.0))));
            }
        }
        return result;
    }

    /** Partner countries with flows in one direction only in the OECD data (the partner or the country not a host). */
    public static Set<String> oneSidedPartners(String alpha2, List<StudentFlow> flows) {
        Set<String> all = new TreeSet<>();
        for (StudentFlow flow : flows) {
            if (flow.hostAlpha2().equals(alpha2)) {
                all.add(flow.originAlpha2());
            } else if (flow.originAlpha2().equals(alpha2)) {
                all.add(flow.hostAlpha2());
            }
        }
        Set<String> twoSided = new TreeSet<>();
        studentsByPartner(alpha2, flows).forEach(flow -> twoSided.add(flow.partnerCountry()));
        all.removeAll(twoSided);
        all.remove(alpha2);
        return all;
    }

    private static Set<Integer> hostYears(String alpha2, List<StudentFlow> flows) {
        Set<Integer> years = new TreeSet<>();
        flows.stream().filter(flow -> flow.hostAlpha2().equals(alpha2)).forEach(flow -> years.add(flow.year()));
        return years;
    }

    private static Map<Integer, Set<String>> reportingHosts(List<StudentFlow> flows) {
        Map<Integer, Set<String>> hosts = new HashMap<>();
        flows.forEach(flow -> hosts.computeIfAbsent(flow.year(), key -> new TreeSet<>()).add(flow.hostAlpha2()));
        return hosts;
    }
}
