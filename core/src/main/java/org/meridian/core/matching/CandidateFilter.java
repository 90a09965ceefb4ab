package org.meridian.core.matching;

import java.util.Set;

/**
 * Which institutions may be recommended. Empty sets do not filter. A country group (OECD, Belt and Road) is
 * passed as its member countries.
 *
 * @param countries              only institutions in these countries
 * @param institutionTypes       only institutions of these OpenAlex types ({@code education}, {@code facility}, ...)
 * @param excludeCurrentPartners leave out the home's current partners: the registry's partners and every
 *                               institution it has co-published with
 * @param excludedIds            leave out these institutions
 */
public record CandidateFilter(Set<String> countries, Set<String> institutionTypes, boolean excludeCurrentPartners,
        Set<String> excludedIds) {

    public CandidateFilter {
        countries = Set.copyOf(countries);
        institutionTypes = Set.copyOf(institutionTypes);
        excludedIds = Set.copyOf(excludedIds);
    }

    public static CandidateFilter all() {
        return new CandidateFilter(Set.of(), Set.of(), false, Set.of());
    }

    public CandidateFilter inCountries(Set<String> countryCodes) {
        return new CandidateFilter(countryCodes, institutionTypes, excludeCurrentPartners, excludedIds);
    }

    public CandidateFilter ofTypes(Set<String> types) {
        return new CandidateFilter(countries, types, excludeCurrentPartners, excludedIds);
    }

    public CandidateFilter excludingCurrentPartners() {
        return new CandidateFilter(countries, institutionTypes, true, excludedIds);
    }

}
