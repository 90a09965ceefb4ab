package org.meridian.core.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bringing-in / going-global balance of a home unit (institution or country) per channel and overall, for all
 * partners, per partner country and per partner group, per year or over a period. Flows not attributed to a partner
 * country count in the {@link BalanceScope#ALL} rows only; a partner country in several groups counts in each.
 */
public final class BalanceSheet {

    private final List<ChannelFlow> flows;
    private final Map<String, Set<String>> groups;
    private final ChannelWeights weights;

    private BalanceSheet(List<ChannelFlow> flows, Map<String, Set<String>> groups, ChannelWeights weights) {
        this.flows = List.copyOf(flows);
        this.groups = new LinkedHashMap<>();
        groups.forEach((name, members) -> this.groups.put(name, Set.copyOf(members)));
        this.weights = weights;
    }

    /** @param groups named groups of partner countries (alpha-2), e.g. {@code "OECD"}, {@code "Belt and Road"} */
    public static BalanceSheet of(List<ChannelFlow> flows, Map<String, Set<String>> groups, ChannelWeights weights) {
        return new BalanceSheet(flows, groups, weights);
    }

    public Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        flows.forEach(flow -> years.add(flow.year()));
        return years;
    }

    /** One row per year and scope that has flows: all partners, each partner country, each group; by year, scope. */
    public List<BalanceRow> byYear() {
        List<BalanceRow> rows = new ArrayList<>();
        for (int year : years()) {
            rows.addAll(rows(year, year));
        }
        return rows;
    }

    /** Rows of all scopes with flows summed over {@code fromYear..toYear} (inclusive). */
    public List<BalanceRow> rows(int fromYear, int toYear) {
        Map<BalanceScope, Map<Channel, Balance>> sums = new LinkedHashMap<>();
        for (ChannelFlow flow : flows) {
            if (flow.year() < fromYear || flow.year() > toYear) {
                continue;
            }
            add(sums, BalanceScope.ALL, flow);
            if (flow.partnerCountry() != null) {
                add(sums, BalanceScope.country(flow.partnerCountry()), flow);
                groups.forEach((name, members) -> {
                    if (members.contains(flow.partnerCountry())) {
                        add(sums, BalanceScope.group(name), flow);
                    }
                });
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        sums.forEach((scope, channels) -> rows.add(new BalanceRow(fromYear, toYear, scope, channels,
                weights.overall(channels))));
        rows.sort(Comparator.comparing((BalanceRow row) -> row.scope().kind()).thenComparing(row -> row.scope().id()));
        return rows;
    }

    /** The row of one scope over a period, if it has any flow. */
    public Optional<BalanceRow> row(BalanceScope scope, int fromYear, int toYear) {
        return rows(fromYear, toYear).stream().filter(row -> row.scope().equals(scope)).findFirst();
    }

    private static void add(Map<BalanceScope, Map<Channel, Balance>> sums, BalanceScope scope, ChannelFlow flow) {
        sums.computeIfAbsent(scope, key -> new EnumMap<>(Channel.class))
                .merge(flow.channel(), new Balance(flow.bringingIn(), flow.goingGlobal()),
                        (a, b) -> a.plus(b.bringingIn(), b.goingGlobal()));
    }
}
