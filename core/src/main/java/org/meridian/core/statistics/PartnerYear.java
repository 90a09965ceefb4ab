package org.meridian.core.statistics;

import java.util.List;
import java.util.Map;

/**
 * A country's partners in one year: the total over all partner countries, the largest partners, and the share of
 * the total going to each named group of partner countries (the country itself never counts as its own partner).
 */
public record PartnerYear(int year, double total, int partnerCountries, List<PartnerCount> top,
        Map<String, Double> groupShares) {

    public PartnerYear {
        top = List.copyOf(top);
        groupShares = Map.copyOf(groupShares);
    }
}
