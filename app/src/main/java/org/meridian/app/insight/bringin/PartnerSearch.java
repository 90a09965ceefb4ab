package org.meridian.app.insight.bringin;

import java.util.List;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.core.matching.PartnerWeights;

/**
 * A partner search as callers phrase it.
 *
 * @param targetFieldIds   fields at the gap analysis's level; empty: the home's weakness, gap, intersection and
 *                         high-demand fields
 * @param countries        only candidates in these countries (ISO alpha-2); empty: anywhere
 * @param groups           only candidates in the countries of these groups ({@code oecd}, {@code bri}), added to
 *                         {@code countries}
 * @param institutionTypes only candidates of these OpenAlex types ({@code education}, {@code facility}, ...)
 * @param excludePartners  leave out the tenant's current partners (their OpenAlex ids)
 * @param k                how many to recommend
 * @param weights          the weights of the factors ({@link PartnerWeights#defaults()} unless the caller changes them)
 */
public record PartnerSearch(List<String> targetFieldIds, Set<String> countries, Set<String> groups,
        Set<String> institutionTypes, boolean excludePartners, int k, PartnerWeights weights) {

    public PartnerSearch {
        targetFieldIds = List.copyOf(targetFieldIds);
        countries = Set.copyOf(countries);
        groups = Set.copyOf(groups);
        institutionTypes = Set.copyOf(institutionTypes);
        weights = weights == null ? PartnerWeights.defaults() : weights;
    }

    /** The k best over every candidate, for the home's default target fields. */
    public static PartnerSearch top(int k, PartnerWeights weights) {
        return new PartnerSearch(List.of(), Set.of(), Set.of(), Set.of(), false, k, weights);
    }

    /**
     * The default weights changed by {@code name:weight} pairs (see {@link PartnerWeights#with(String)}).
     *
     * @throws InvalidInput on the field {@code weights}, saying what is wrong with the pairs
     */
    public static PartnerWeights weights(String pairs) {
        try {
            return PartnerWeights.defaults().with(pairs);
        } catch (IllegalArgumentException wrong) {
            throw InvalidInput.of("weights", wrong.getMessage());
        }
    }
}
