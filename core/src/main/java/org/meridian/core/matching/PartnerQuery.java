package org.meridian.core.matching;

import java.util.List;

import org.meridian.core.landscape.Home;

/**
 * A partner search: for {@code home}, the {@code k} best institutions for the target fields (ids at the
 * index's level; typically a gap map's {@code targetFieldIds()}; when empty, every field where the home's
 * activity index is below 1).
 */
public record PartnerQuery(Home home, List<String> targetFieldIds, CandidateFilter filter, int k,
        RegistryTies registry, PartnerWeights weights) {

    public PartnerQuery {
        targetFieldIds = List.copyOf(targetFieldIds);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }

    public static PartnerQuery of(Home home, List<String> targetFieldIds, int k) {
        return new PartnerQuery(home, targetFieldIds, CandidateFilter.all(), k, RegistryTies.none(),
                PartnerWeights.defaults());
    }

    public PartnerQuery with(CandidateFilter candidateFilter) {
        return new PartnerQuery(home, targetFieldIds, candidateFilter, k, registry, weights);
    }

    public PartnerQuery with(PartnerWeights partnerWeights) {
        return new PartnerQuery(home, targetFieldIds, filter, k, registry, partnerWeights);
    }

    public PartnerQuery with(RegistryTies registryTies) {
        return new PartnerQuery(home, targetFieldIds, filter, k, registryTies, weights);
    }
}
