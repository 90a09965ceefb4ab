package org.meridian.core.landscape;

import java.util.Set;

/**
 * The unit whose position is analysed: one institution, one country, or a group of either (a university
 * alliance, a province's universities, the Belt and Road countries). A group's output is the sum of its
 * members' fractional output, as issue 4 defines it; its co-publication counts are summed over members.
 */
public record Home(UnitType memberType, Set<String> memberIds, String label) {

    public Home {
        if (memberType != UnitType.INSTITUTION && memberType != UnitType.COUNTRY) {
            throw new IllegalArgumentException("a home is made of institutions or countries, not " + memberType);
        }
        memberIds = Set.copyOf(memberIds);
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("a home needs at least one member");
        }
    }

    public static Home institution(String institutionId) {
        return new Home(UnitType.INSTITUTION, Set.of(institutionId), institutionId);
    }

    public static Home country(String countryCode) {
        return new Home(UnitType.COUNTRY, Set.of(countryCode), countryCode);
    }

    public static Home group(String label, UnitType memberType, Set<String> memberIds) {
        return new Home(memberType, memberIds, label);
    }

    public boolean includes(UnitType type, String id) {
        return type == memberType && memberIds.contains(id);
    }
}
