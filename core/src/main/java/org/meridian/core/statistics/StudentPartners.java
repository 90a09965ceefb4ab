package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Top partner countries of a country's mobile students over time, from the OECD host x origin flows (tertiary
 * estimate). Inbound partners are the origins of students the country hosts (empty when the country does not
 * report as a host); outbound partners are the hosts of the country's students, among the reporting hosts only.
 * Shares are of the year's total over all partner countries in the data.
 */
public final class StudentPartners {

    private StudentPartners() {
    }

    public static List<PartnerYear> inbound(String alpha2, List<StudentFlow> flows, int top,
            Map<String, Set<String>> groups) {
        return partners(alpha2, flows, top, groups, true);
    }

    public static List<PartnerYear> outbound(String alpha2, List<StudentFlow> flows, int top,
            Map<String, Set<String>> groups) {
        return partners(alpha2, flows, top, groups, false);
    }

    private static List<PartnerYear> partners(String alpha2, List<StudentFlow> flows, int top,
            Map<String, Set<String>> groups, boolean inbound) {
        Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
        for (StudentFlow flow : flows) {
            String home = inbound ? flow.hostAlpha2() : flow.originAlpha2();
            String partner = inbound ? flow.originAlpha2() : flow.hostAlpha2();
            if (home.equals(alpha2) && !partner.equals(alpha2)) {
                byYear.computeIfAbsent(flow.year(), key -> new LinkedHashMap<>()).merge(partner,
                        flow.tertiaryStudents(), Double::sum);
            }
        }
        return years(alpha2, byYear, top, groups);
    }

    /** Partner years from counts per year and partner; shares of the year's total. */
    static List<PartnerYear> years(String alpha2, Map<Integer, Map<String, Double>> byYear, int top,
            Map<String, Set<String>> groups) {
        List<PartnerYear> years = new ArrayList<>();
        byYear.forEach((year, counts) -> {
            double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
            years.add(new PartnerYear(year, total, (int) counts.values().stream().filter(c -> c > 0).count(),
                    top(counts, top, total), groupShares(alpha2, counts, total, groups)));
        });
        return years;
    }

    /** The largest partners, ties by code, each with its share of {@code base}. */
    static List<PartnerCount> top(Map<String, Double> counts, int top, double base) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(entry -> new PartnerCount(entry.getKey(), entry.getValue(),
                        base > 0 ? entry.getValue() / base : Double.NaN))
                .toList();
    }

    /** Per group, the share of the total going to its members other than the country itself. */
    static Map<String, Double> groupShares(String alpha2, Map<String, Double> counts, double total,
            Map<String, Set<String>> groups) {
        Map<String, Double> shares = new LinkedHashMap<>();
        groups.forEach((name, members) -> {
            double inGroup = 0;
            for (Map.Entry<String, Double> entry : counts.entrySet()) {
                if (members.contains(entry.getKey()) && !entry.getKey().equals(alpha2)) {
                    inGroup += entry.getValue();
                }
            }
            shares.put(name, total > 0 ? inGroup / total : Double.NaN);
        });
        return shares;
    }
}
