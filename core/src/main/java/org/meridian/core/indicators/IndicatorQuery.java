package org.meridian.core.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to compute: which units, at which field level, over which publication years (inclusive), under which
 * counting, for which document types.
 *
 * @param unitType     the kind of unit
 * @param unitIds      the units wanted (institution ids, country codes or group names); empty for all units.
 *                     Ignored for {@link UnitType#WORLD}
 * @param fieldLevel   the taxonomy level works are grouped at, by their primary topic
 * @param from         first publication year, inclusive
 * @param to           last publication year, inclusive
 * @param counting     full or fractional counting
 * @param types        the OpenAlex work types counted ({@code article}, {@code review}, ...); they also delimit
 *                     the citation normalisation groups
 * @param hkMoSeparate false (the default, as the Leiden Ranking does) to count Hong Kong (HK) and Macao (MO)
 *                     as China (CN), for countries, groups and international collaboration alike
 * @param groups       country groups by name, each a set of country codes; members are read with the same
 *                     HK/MO rule, so a group listing CN and HK counts CN once
 * @param bootstrap    whether and how to compute stability intervals
 * @param names        display names of units and fields, overriding those found in the works
 */
public record IndicatorQuery(
        UnitType unitType,
        Set<String> unitIds,
        FieldLevel fieldLevel,
        int from,
        int to,
        Counting counting,
        Set<String> types,
        boolean hkMoSeparate,
        Map<String, Set<String>> groups,
        Bootstrap bootstrap,
        Names names) {

    /** Articles and reviews, the document types the Leiden Ranking counts. */
    public static final Set<String> DEFAULT_TYPES = Set.of("article", "review");

    public IndicatorQuery {
        Objects.requireNonNull(unitType, "unitType");
        Objects.requireNonNull(fieldLevel, "fieldLevel");
        Objects.requireNonNull(counting, "counting");
        if (from > to) {
            throw new IllegalArgumentException("Period starts after it ends: " + from + " > " + to);
        }
        unitIds = Set.copyOf(unitIds);
        types = Set.copyOf(types);
        Map<String, Set<String>> copied = new LinkedHashMap<>();
        groups.forEach((name, members) -> copied.put(name, Set.copyOf(members)));
        groups = Collections.unmodifiableMap(copied);
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(names, "names");
    }

    /** All units of a type, default types, HK and MO as CN, no groups, no intervals, names from the works. */
    public static IndicatorQuery of(UnitType unitType, FieldLevel fieldLevel, int from, int to, Counting counting) {
        return new IndicatorQuery(unitType, Set.of(), fieldLevel, from, to, counting, DEFAULT_TYPES, false, Map.of(),
                Bootstrap.NONE, Names.NONE);
    }

    public IndicatorQuery withUnits(Set<String> ids) {
        return new IndicatorQuery(unitType, ids, fieldLevel, from, to, counting, types, hkMoSeparate, groups,
                bootstrap, names);
    }

    public IndicatorQuery withTypes(Set<String> documentTypes) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, counting, documentTypes, hkMoSeparate,
                groups, bootstrap, names);
    }

    public IndicatorQuery withHkMoSeparate(boolean separate) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, counting, types, separate, groups,
                bootstrap, names);
    }

    public IndicatorQuery withGroups(Map<String, Set<String>> countryGroups) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, counting, types, hkMoSeparate,
                countryGroups, bootstrap, names);
    }

    public IndicatorQuery withBootstrap(Bootstrap intervals) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, counting, types, hkMoSeparate, groups,
                intervals, names);
    }

    public IndicatorQuery withNames(Names displayNames) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, counting, types, hkMoSeparate, groups,
                bootstrap, displayNames);
    }

    public IndicatorQuery withCounting(Counting other) {
        return new IndicatorQuery(unitType, unitIds, fieldLevel, from, to, other, types, hkMoSeparate, groups,
                bootstrap, names);
    }

    public IndicatorQuery withFieldLevel(FieldLevel level) {
        return new IndicatorQuery(unitType, unitIds, level, from, to, counting, types, hkMoSeparate, groups,
                bootstrap, names);
    }

    public IndicatorQuery withUnitType(UnitType type) {
        return new IndicatorQuery(type, unitIds, fieldLevel, from, to, counting, types, hkMoSeparate, groups,
                bootstrap, names);
    }
}
