package org.meridian.app.scholarly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.meridian.app.InvalidInput;
import org.meridian.core.indicators.Bootstrap;
import org.meridian.core.indicators.Counting;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorEngine;
import org.meridian.core.indicators.IndicatorQuery;
import org.meridian.core.indicators.IndicatorRow;
import org.meridian.core.indicators.Names;
import org.meridian.core.indicators.UnitType;

/**
 * An indicator query as the command line, the API and the explorer page ask for it, checked and completed
 * with defaults: the period defaults to the years held in the store, the types to article and review, the
 * counting to full, every unit of the type when none is named.
 *
 * @param unitType     institution, country, country group or world
 * @param units        the unit ids wanted (OpenAlex institution ids, ISO alpha-2 codes, group ids such as
 *                     {@value CountryListing#OECD}); empty for every unit
 * @param fieldLevel   all, domain, field, subfield or topic
 * @param from         first publication year, or null for the earliest held
 * @param to           last publication year, or null for the latest held
 * @param counting     full or fractional
 * @param types        OpenAlex work types counted
 * @param hkMoSeparate keep Hong Kong and Macao apart from China
 * @param bootstrap    stability intervals, or {@link Bootstrap#NONE}
 */
public record IndicatorRequest(UnitType unitType, Set<String> units, FieldLevel fieldLevel, Integer from, Integer to,
        Counting counting, Set<String> types, boolean hkMoSeparate, Bootstrap bootstrap) {

    /** At most this many bootstrap resamples may be asked for. */
    public static final int MAX_BOOTSTRAP = 10_000;

    private static final String OPENALEX_PREFIX = "https://openalex.org/";

    public IndicatorRequest {
        units = Set.copyOf(units);
        types = Set.copyOf(types);
    }

    /**
     * Reads the textual parameters; a null or blank one takes its default.
     *
     * @throws InvalidInput naming the parameter that cannot be read
     */
    public static IndicatorRequest parse(String unitType, String unit, String fieldLevel, Integer from, Integer to,
            String counting, String types, boolean hkMoSeparate, Integer bootstrap, Long seed) {
        UnitType parsedUnitType = parse("unitType", unitType, UnitType.WORLD, UnitType::parse);
        FieldLevel level = parse("fieldLevel", fieldLevel, FieldLevel.ALL, FieldLevel::parse);
        Counting parsedCounting = parse("counting", counting, Counting.FULL, Counting::parse);
        if (from != null && to != null && from > to) {
            throw InvalidInput.of("from", "The period starts after it ends: " + from + " > " + to + ".");
        }
        Set<String> parsedTypes = blank(types) ? IndicatorQuery.DEFAULT_TYPES : list(types, false);
        if (parsedTypes.isEmpty()) {
            throw InvalidInput.of("types", "Name at least one work type, e.g. article,review.");
        }
        int samples = bootstrap == null ? 0 : bootstrap;
        if (samples < 0 || samples > MAX_BOOTSTRAP) {
            throw InvalidInput.of("bootstrap", String.format(java.util.Locale.ROOT,
                    "Ask for 0 to %,d bootstrap resamples (the Leiden Ranking uses 1,000), not %,d.", MAX_BOOTSTRAP, samples));
        }
        Set<String> units = blank(unit) || "all".equalsIgnoreCase(unit.trim()) ? Set.of()
                : list(unit, parsedUnitType == UnitType.COUNTRY);
        return new IndicatorRequest(parsedUnitType, units, level, from, to, parsedCounting, parsedTypes,
                hkMoSeparate, samples == 0 ? Bootstrap.NONE : new Bootstrap(samples, seed == null ? 1L : seed));
    }

    /** The same request for other units. */
    public IndicatorRequest forUnits(UnitType type, Set<String> ids) {
        return new IndicatorRequest(type, ids, fieldLevel, from, to, counting, types, hkMoSeparate, bootstrap);
    }

    /** The same request at another field level. */
    public IndicatorRequest atLevel(FieldLevel level) {
        return new IndicatorRequest(unitType, units, level, from, to, counting, types, hkMoSeparate, bootstrap);
    }

    /** The core query over these works, with country groups and display names in a language. */
    public IndicatorQuery query(ScholarlyWorks works, CountryListing countries, String language) {
        int first = from != null ? from : to != null ? Math.min(to, works.firstYear()) : works.firstYear();
        int last = to != null ? to : Math.max(first, works.lastYear());
        if (first > last) {
            throw InvalidInput.of("to", "The period starts after it ends: " + first + " > " + last + ".");
        }
        Map<String, String> unitNames = new LinkedHashMap<>();
        switch (unitType) {
            case INSTITUTION -> unitNames.putAll(works.institutionNames());
            case COUNTRY -> unitNames.putAll(countries.names(language));
            case COUNTRY_GROUP -> unitNames.putAll(CountryListing.groupNames(language));
            case WORLD -> unitNames.put("world", "zh".equals(language) ? "全球" : "World");
        }
        if (unitType == UnitType.COUNTRY_GROUP) {
            List<String> unknown = new ArrayList<>(units);
            unknown.removeAll(countries.groups().keySet());
            if (!unknown.isEmpty()) {
                throw InvalidInput.of("unit", "Unknown country group " + unknown + "; known: "
                        + countries.groups().keySet() + ".");
            }
        }
        Names names = new Names(unitNames, works.fieldNames(fieldLevel));
        return new IndicatorQuery(unitType, units, fieldLevel, first, last, counting, types, hkMoSeparate,
                countries.groups(), bootstrap, names);
    }

    /** The rows over the whole period, or per year when {@code trend}. */
    public List<IndicatorRow> compute(ScholarlyWorks works, CountryListing countries, String language,
            boolean trend) {
        if (works.isEmpty()) {
            return List.of();
        }
        IndicatorQuery query = query(works, countries, language);
        IndicatorEngine engine = new IndicatorEngine();
        return trend ? engine.trend(query, works.table()) : engine.compute(query, works.table());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Set<String> list(String text, boolean upperCase) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty())
                .map(item -> item.startsWith(OPENALEX_PREFIX) ? item.substring(OPENALEX_PREFIX.length()) : item)
                .map(item -> upperCase ? item.toUpperCase(Locale.ROOT) : item).forEach(items::add);
        return items;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String parameter, String text, T fallback, Parser<T> parser) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return parser.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(parameter, e.getMessage());
        }
    }
}
