package org.meridian.core.statistics;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A country's international co-authorship in one publication year (OpenAlex, full counting).
 *
 * @param internationalWorks the country's works with authors from more than one country
 * @param shareOfOutput      internationalWorks / total output, present only when a total-output series is given
 * @param partnerCountries   distinct countries with at least one co-authored work (from the pairs, not capped)
 * @param partnerLinks       sum over partner countries of co-authored works (a work with k partner countries counts
 *                           k times)
 * @param top                largest partners; share = works with the partner / the country's international works
 *                           (NaN when those are unknown)
 * @param groupShares        per group, the group's share of partner links (its members other than the country itself)
 */
public record CoauthorshipYear(int year, OptionalLong internationalWorks, OptionalDouble shareOfOutput,
        int partnerCountries, long partnerLinks, List<PartnerCount> top, Map<String, Double> groupShares) {

    public CoauthorshipYear {
        top = List.copyOf(top);
        groupShares = Map.copyOf(groupShares);
    }
}
