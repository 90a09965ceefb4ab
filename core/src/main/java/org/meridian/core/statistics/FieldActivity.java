package org.meridian.core.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Publications by OpenAlex field (by primary topic, topic model v2, all years) for the world and for 32 countries,
 * as OpenAlex counted them on 5 October 2026 ({@code world_works_by_field.csv},
 * {@code countries_by_field_32_countries.csv}), and the activity index of a country in each field:
 * <pre>activity index = (works of the country in the field / works of the country in all fields)
 *                 / (works of the world in the field / works of the world in all fields)</pre>
 * 1 is the world's specialisation, above 1 more active than the world. The country files count a work for every
 * country among its authors' affiliations (Hong Kong apart from China, as OpenAlex keeps it).
 */
public final class FieldActivity {

    /** One field of one country. */
    public record Field(String fieldId, String name, long works, double share, double worldShare,
            double activityIndex) {
    }

    private final Map<String, String> names;
    private final Map<String, Long> world;
    private final Map<String, Map<String, Long>> countries;

    private FieldActivity(Map<String, String> names, Map<String, Long> world,
            Map<String, Map<String, Long>> countries) {
        this.names = names;
        this.world = world;
        this.countries = countries;
    }

    /** Reads the world file and the countries file (counts of the new topic model, {@code works_new}). */
    public static FieldActivity read(Reader worldCsv, Reader countriesCsv) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> world = new LinkedHashMap<>();
        try (CsvRows rows = new CsvRows(worldCsv)) {
            int field = rows.column("field_id");
            int name = rows.column("display_name");
            int works = rows.column("works_primary_new");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                names.put(row[field], row[name]);
                world.put(row[field], Long.parseLong(row[works]));
            }
        }
        Map<String, Map<String, Long>> countries = new TreeMap<>();
        try (CsvRows rows = new CsvRows(countriesCsv)) {
            int country = rows.column("country_code");
            int field = rows.column("field_id");
            int works = rows.column("works_new");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                countries.computeIfAbsent(row[country], code -> new LinkedHashMap<>())
                        .put(row[field], Long.parseLong(row[works]));
            }
        }
        return new FieldActivity(names, world, countries);
    }

    /** The shipped files. */
    public static FieldActivity shipped() {
        return read(ShippedStatistics.open(ShippedStatistics.WORLD_FIELDS),
                ShippedStatistics.open(ShippedStatistics.COUNTRY_FIELDS));
    }

    /** The countries with field counts (ISO alpha-2). */
    public List<String> countries() {
        return List.copyOf(countries.keySet());
    }

    /** A country's fields by activity index, highest first; empty for a country without field counts. */
    public Optional<List<Field>> of(String alpha2) {
        Map<String, Long> own = countries.get(alpha2);
        if (own == null) {
            return Optional.empty();
        }
        double ownTotal = own.values().stream().mapToLong(Long::longValue).sum();
        double worldTotal = world.values().stream().mapToLong(Long::longValue).sum();
        List<Field> fields = new ArrayList<>();
        own.forEach((field, works) -> {
            double share = works / ownTotal;
            double worldShare = world.getOrDefault(field, 0L) / worldTotal;
            fields.add(new Field(field, names.getOrDefault(field, field), works, share, worldShare,
                    worldShare > 0 ? share / worldShare : Double.NaN));
        });
        fields.sort(Comparator.comparingDouble(Field::activityIndex).reversed().thenComparing(Field::fieldId));
        return Optional.of(fields);
    }
}
