package org.meridian.app.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.meridian.app.mobility.MobilitySummary;
import org.meridian.app.reference.Country;
import org.meridian.core.mobility.AcademicYear;

/**
 * The mobility figures of the dashboard over a window of academic years, each bar linked to the mobility list
 * behind it: {@code /mobility?direction=..&country=..&yearFrom=..&yearTo=..}, the filters of that list, which
 * counts records by their start date in the same academic years as {@link MobilitySummary} does (the list
 * also shows cancelled records, which the figures leave out).
 *
 * @param first the first academic year of the window
 * @param last  the last academic year of the window (the current one)
 */
public record MobilityFigures(AcademicYear first, AcademicYear last, FigureBar total, List<FigureBar> byYear,
        List<FigureBar> byCountry, List<FigureBar> byRegion, List<FigureBar> byGroup, List<FigureBar> byField) {

    /** Countries shown by name; the others are summed on the map and in the regions. */
    static final int TOP_COUNTRIES = 15;

    /** The region of countries that M49 places in none (e.g. Antarctica). */
    static final String UNKNOWN_REGION = "000";

    /**
     * @param countries   every country by its ISO alpha-2 code
     * @param label       the name of a code in the page's language: {@code country.DE}, {@code region.150},
     *                    {@code isced.06}, {@code group.oecd}, as a function of kind and code
     */
    static MobilityFigures of(MobilitySummary summary, AcademicYear first, AcademicYear last,
            Map<String, Country> countries, CountryGroupMembership groups, Labels label) {
        Links links = new Links(first, last);
        MobilitySummary.Count all = summary.total();
        FigureBar total = new FigureBar(null, null, all.inbound(), all.outbound(), links.to("direction", "inbound"),
                links.to("direction", "outbound"), links.to(null, null));

        List<FigureBar> byYear = new ArrayList<>();
        Map<String, MobilitySummary.Count> years = index(summary.byAcademicYear());
        for (int year = first.startYear(); year <= last.startYear(); year++) {
            String key = new AcademicYear(year).toString();
            MobilitySummary.Count count = years.getOrDefault(key, new MobilitySummary.Count(key, 0, 0, 0));
            Links oneYear = new Links(new AcademicYear(year), new AcademicYear(year));
            byYear.add(bar(key, key, count, oneYear, null));
        }

        List<FigureBar> byCountry = summary.byCountry().stream()
                .sorted(Comparator.comparingLong(MobilitySummary.Count::total).reversed()
                        .thenComparing(MobilitySummary.Count::key))
                .map(count -> bar(count.key(), label.of("country", count.key()), count, links, "country")).toList();

        Map<String, long[]> regions = new LinkedHashMap<>();
        Map<String, long[]> groupCounts = new LinkedHashMap<>();
        groupCounts.put(CountryGroupMembership.OECD, new long[2]);
        groupCounts.put(CountryGroupMembership.BELT_AND_ROAD, new long[2]);
        for (MobilitySummary.Count count : summary.byCountry()) {
            Country country = countries.get(count.key());
            String region = country == null || country.regionCode() == null ? UNKNOWN_REGION : country.regionCode();
            add(regions.computeIfAbsent(region, code -> new long[2]), count);
            groupCounts.forEach((group, sums) -> {
                if (groups.isMember(group, count.key())) {
                    add(sums, count);
                }
            });
        }
        List<FigureBar> byRegion = sorted(regions, code -> label.of("region", code), links, "region");
        List<FigureBar> byGroup = groupCounts.entrySet().stream()
                .map(group -> new FigureBar(group.getKey(), label.of("group", group.getKey()), group.getValue()[0],
                        group.getValue()[1], null, null, null))
                .toList();

        List<FigureBar> byField = summary.byIscedBroadField().stream()
                .map(count -> count.key() == null
                        ? new FigureBar("none", label.of("isced", "none"), count.inbound(), count.outbound(), null,
                                null, null)
                        : bar(count.key(), label.of("isced", count.key()), count, links, "iscedField"))
                .toList();
        return new MobilityFigures(first, last, total, byYear, byCountry, byRegion, byGroup, byField);
    }

    /** The countries with the most mobility, for the bar chart; the map shows all. */
    public List<FigureBar> topCountries() {
        return byCountry.subList(0, Math.min(TOP_COUNTRIES, byCountry.size()));
    }

    public boolean isEmpty() {
        return total.total() == 0;
    }

    private static FigureBar bar(String key, String label, MobilitySummary.Count count, Links links,
            String filter) {
        String value = filter == null ? null : key;
        return new FigureBar(key, label, count.inbound(), count.outbound(),
                links.to("direction", "inbound", filter, value), links.to("direction", "outbound", filter, value),
                links.to(filter, value));
    }

    private static List<FigureBar> sorted(Map<String, long[]> sums, Function<String, String> label, Links links,
            String filter) {
        return sums.entrySet().stream()
                .map(entry -> bar(entry.getKey(), label.apply(entry.getKey()),
                        new MobilitySummary.Count(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                                entry.getValue()[0] + entry.getValue()[1]), links,
                        UNKNOWN_REGION.equals(entry.getKey()) ? null : filter))
                .sorted(Comparator.comparingLong(FigureBar::total).reversed()).toList();
    }

    private static void add(long[] sums, MobilitySummary.Count count) {
        sums[0] += count.inbound();
        sums[1] += count.outbound();
    }

    private static Map<String, MobilitySummary.Count> index(List<MobilitySummary.Count> counts) {
        Map<String, MobilitySummary.Count> byKey = new LinkedHashMap<>();
        counts.forEach(count -> byKey.put(count.key(), count));
        return byKey;
    }

    /** The name of a code of a kind, in the page's language. */
    @FunctionalInterface
    interface Labels {
        String of(String kind, String code);
    }

    /** Links to the mobility list within the window, filters in the list's own order. */
    private record Links(AcademicYear first, AcademicYear last) {

        private static final List<String> ORDER = List.of("direction", "country", "region", "iscedField");

        String to(String name, String value) {
            return to(name, value, null, null);
        }

        String to(String name, String value, String otherName, String otherValue) {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (String filter : ORDER) {
                if (filter.equals(name) && value != null) {
                    chosen.put(filter, value);
                }
                if (filter.equals(otherName) && otherValue != null) {
                    chosen.put(filter, otherValue);
                }
            }
            chosen.put("yearFrom", String.valueOf(first.startYear()));
            chosen.put("yearTo", String.valueOf(last.startYear()));
            StringBuilder url = new StringBuilder("/mobility");
            char separator = '?';
            for (Map.Entry<String, String> parameter : chosen.entrySet()) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
            return url.toString();
        }
    }
}
