package org.meridian.app.scholarly;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.WorkTable;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;

/**
 * The works of the analytics store loaded once for indicators: the column {@link WorkTable}, the totals it was
 * read at (to tell when the store has changed), display names of institutions and of the fields at every level,
 * and the span of publication years.
 *
 * @param table            every stored work with a primary topic and a publication year
 * @param totals           the store's counts when it was read
 * @param institutionNames OpenAlex institution id to display name, from the institution entity files or else
 *                         from the works' affiliations
 * @param fieldNames       per level, field id to name, from the topic taxonomy ({@link FieldLevel#ALL} holds one
 *                         entry, {@code all})
 * @param firstYear        earliest publication year among the works held, 0 when there is none
 * @param lastYear         latest publication year among the works held, 0 when there is none
 */
public record ScholarlyWorks(WorkTable table, StoreTotals totals, Map<String, String> institutionNames,
        Map<FieldLevel, Map<String, String>> fieldNames, int firstYear, int lastYear) {

    public ScholarlyWorks {
        institutionNames = Map.copyOf(institutionNames);
        Map<FieldLevel, Map<String, String>> copied = new EnumMap<>(FieldLevel.class);
        fieldNames.forEach((level, names) -> copied.put(level, Map.copyOf(names)));
        fieldNames = Map.copyOf(copied);
    }

    /** No works: the store is absent or nothing has been ingested yet. */
    public static ScholarlyWorks none() {
        return new ScholarlyWorks(WorkTable.of(java.util.List.<Work>of()), new StoreTotals(0, 0, 0, 0), Map.of(),
                fieldNamesOf(Map.of()), 0, 0);
    }

    /** Reads every stored work (without references) and the names held beside them. */
    public static ScholarlyWorks load(AnalyticsStore store) throws SQLException {
        StoreTotals totals = store.totals();
        Map<String, TopicTaxon> topics = store.topics();
        Map<String, String> institutionNames = new LinkedHashMap<>();
        store.institutions().forEach((id, institution) -> putName(institutionNames, id, institution.displayName()));
        int[] years = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        WorkSelection everything = new WorkSelection(Integer.MIN_VALUE, Integer.MAX_VALUE, Set.of(), false);
        WorkTable table;
        try (Stream<Work> works = store.works(everything)) {
            Iterator<Work> iterator = works.peek(work -> {
                if (work.hasPublicationYear() && work.hasPrimaryTopic()) {
                    years[0] = Math.min(years[0], work.publicationYear());
                    years[1] = Math.max(years[1], work.publicationYear());
                }
                for (Authorship authorship : work.authorships()) {
                    for (Affiliation affiliation : authorship.institutions()) {
                        if (!institutionNames.containsKey(affiliation.id())) {
                            putName(institutionNames, affiliation.id(), affiliation.displayName());
                        }
                    }
                }
            }).iterator();
            table = WorkTable.of(() -> iterator);
        }
        boolean any = table.workCount() > 0;
        return new ScholarlyWorks(table, totals, institutionNames, fieldNamesOf(topics), any ? years[0] : 0,
                any ? years[1] : 0);
    }

    /** Whether any work can be counted. */
    public boolean isEmpty() {
        return table.workCount() == 0;
    }

    /** Field id to name at a level. */
    public Map<String, String> fieldNames(FieldLevel level) {
        return fieldNames.getOrDefault(level, Map.of());
    }

    /** Every field id to name, all levels together (ids of different levels do not collide in OpenAlex). */
    public Map<String, String> allFieldNames() {
        Map<String, String> all = new LinkedHashMap<>();
        fieldNames.values().forEach(all::putAll);
        return all;
    }

    private static void putName(Map<String, String> names, String id, String name) {
        if (id != null && name != null && !name.isBlank()) {
            names.put(id, name);
        }
    }

    private static Map<FieldLevel, Map<String, String>> fieldNamesOf(Map<String, TopicTaxon> topics) {
        Map<FieldLevel, Map<String, String>> names = new EnumMap<>(FieldLevel.class);
        for (FieldLevel level : FieldLevel.values()) {
            names.put(level, new LinkedHashMap<>());
        }
        names.get(FieldLevel.ALL).put(FieldLevel.ALL_FIELDS_ID, FieldLevel.ALL_FIELDS_NAME);
        for (TopicTaxon topic : topics.values()) {
            putName(names.get(FieldLevel.TOPIC), topic.topicId(), topic.topicName());
            putName(names.get(FieldLevel.SUBFIELD), topic.subfieldId(), topic.subfieldName());
            putName(names.get(FieldLevel.FIELD), topic.fieldId(), topic.fieldName());
            putName(names.get(FieldLevel.DOMAIN), topic.domainId(), topic.domainName());
        }
        return names;
    }
}
