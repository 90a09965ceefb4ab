package org.meridian.core.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.scorecard.IndicatorTable;

/**
 * The scorecard indicators that the shipped national statistics can fill for countries:
 * <ul>
 * <li>{@code inbound_students}: UIS inbound mobile students in the given year, or if UIS has no value for it, in the
 * latest of the {@code yearsBack} years before (the usual "latest available year" rule; e.g. the United States have
 * no 2022 value and take 2021's);</li>
 * <li>{@code partner_countries}: countries with at least {@code minimumWorks} co-authored works with the country in
 * the publication year (OpenAlex pairs);</li>
 * <li>{@code partner_regions}: distinct UN M49 sub-regions of those partner countries.</li>
 * </ul>
 * Every other indicator of the tree stays missing (no national source ships for it). A country without a value in
 * the source is missing, not 0.
 */
public final class NationalIndicators {

    public static final List<String> FILLED = List.of("inbound_students", "partner_countries", "partner_regions");

    private NationalIndicators() {
    }

    public static IndicatorTable table(ShippedStatistics statistics, Collection<String> countries, int studentYear,
            int yearsBack, int publicationYear, long minimumWorks) {
        Map<String, Double> inbound = new HashMap<>();
        Map<String, Integer> inboundYear = new HashMap<>();
        for (UisValue value : statistics.uis().countries()) {
            boolean inWindow = value.year() <= studentYear && value.year() >= studentYear - yearsBack;
            if (value.indicator() == UisIndicator.INBOUND && inWindow && !Double.isNaN(value.value())
                    && value.year() > inboundYear.getOrDefault(value.alpha2(), Integer.MIN_VALUE)) {
                inbound.put(value.alpha2(), value.value());
                inboundYear.put(value.alpha2(), value.year());
            }
        }
        Set<String> publishing = new HashSet<>();
        statistics.internationalWorks().records().stream().filter(works -> works.year() == publicationYear)
                .forEach(works -> publishing.add(works.country()));
        Map<String, Set<String>> partners = new HashMap<>();
        for (CoauthoredWorks pair : statistics.coauthoredWorks().records()) {
            if (pair.year() == publicationYear && pair.works() >= minimumWorks) {
                partners.computeIfAbsent(pair.countryA(), key -> new HashSet<>()).add(pair.countryB());
                partners.computeIfAbsent(pair.countryB(), key -> new HashSet<>()).add(pair.countryA());
            }
        }
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (String country : countries) {
            Map<String, Double> row = new HashMap<>();
            if (inbound.containsKey(country)) {
                row.put("inbound_students", inbound.get(country));
            }
            if (publishing.contains(country)) {
                Set<String> partnerCountries = partners.getOrDefault(country, Set.of());
                Set<String> regions = new HashSet<>();
                partnerCountries.forEach(partner -> statistics.countries().byAlpha2(partner)
                        .filter(found -> !found.subregion().isEmpty()).ifPresent(found -> regions.add(found.subregion())));
                row.put("partner_countries", (double) partnerCountries.size());
                row.put("partner_regions", (double) regions.size());
            }
            rows.put(country, row);
        }
        return IndicatorTable.of(FILLED, rows);
    }
}
