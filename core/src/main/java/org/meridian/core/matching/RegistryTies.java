package org.meridian.core.matching;

import java.util.Map;
import java.util.Set;

/**
 * What the home's own registry knows about candidate institutions, by institution id: current partners, and
 * the number of agreements and of mobilities (both directions) with each.
 */
public record RegistryTies(Set<String> partnerIds, Map<String, Integer> agreements, Map<String, Integer> mobilities) {

    public RegistryTies {
        partnerIds = Set.copyOf(partnerIds);
        agreements = Map.copyOf(agreements);
        mobilities = Map.copyOf(mobilities);
    }

    public static RegistryTies none() {
        return new RegistryTies(Set.of(), Map.of(), Map.of());
    }
}
