package org.meridian.app.scholarly;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;

/**
 * Reads stored works back as core {@link Work}s with one streaming query: each work's topics, authorships
 * with their institutions, and references are aggregated into strings with control-character separators
 * (which no OpenAlex value holds) and split here, so the rows arrive whole and in id order.
 */
final class StoredWorks {

    private static final String NULL = "\u001A";
    private static final String FIELD = "\u001F";
    private static final String ITEM = "\u001E";
    private static final String INSTITUTION = "\u001D";
    private static final String INSTITUTION_FIELD = "\u001C";

    private static final String QUERY = """
            WITH selected AS (
                SELECT * FROM works WHERE %s
            ),
            t AS (
                SELECT work_key, string_agg(topic_id || chr(31) || coalesce(CAST(score AS VARCHAR), chr(26)), chr(30)
                                            ORDER BY position) AS topics
                FROM work_topics WHERE work_key IN (SELECT key FROM selected) GROUP BY work_key
            ),
            f AS (
                SELECT work_key, authorship_position,
                       string_agg(concat_ws(chr(28), coalesce(institution_id, chr(26)), coalesce(ror, chr(26)),
                                            coalesce(country_code, chr(26)), coalesce(type, chr(26)),
                                            coalesce(display_name, chr(26))), chr(29) ORDER BY position) AS institutions
                FROM affiliations WHERE work_key IN (SELECT key FROM selected) GROUP BY work_key, authorship_position
            ),
            a AS (
                SELECT a.work_key,
                       string_agg(concat_ws(chr(31), coalesce(a.author_id, chr(26)), coalesce(a.author_name, chr(26)),
                                            a.countries, CAST(a.is_corresponding AS VARCHAR), coalesce(f.institutions, '')),
                                  chr(30) ORDER BY a.position) AS authorships
                FROM authorships a LEFT JOIN f ON f.work_key = a.work_key AND f.authorship_position = a.position
                WHERE a.work_key IN (SELECT key FROM selected) GROUP BY a.work_key
            )
            SELECT w.id, w.publication_year, w.type, w.cited_by_count, w.primary_topic_id, w.primary_topic_score,
                   w.primary_subfield_id, w.primary_field_id, w.primary_domain_id, w.updated_date,
                   t.topics, a.authorships,
                   CASE WHEN %s THEN array_to_string(list_sort(list_transform(w.referenced_works, lambda r: 'W' || r)), ' ') END
            FROM selected w LEFT JOIN t ON t.work_key = w.key LEFT JOIN a ON a.work_key = w.key
            ORDER BY w.id
            """;

    private final Connection connection;
    private final Map<String, TopicTaxon> taxa;

    StoredWorks(Connection connection, Map<String, TopicTaxon> taxa) {
        this.connection = connection;
        this.taxa = taxa;
    }

    Stream<Work> stream(WorkSelection selection) throws SQLException {
        StringBuilder filter = new StringBuilder(selection.everyYear() ? "TRUE" : "publication_year BETWEEN ? AND ?");
        if (!selection.types().isEmpty()) {
            filter.append(" AND type IN (").append(String.join(",", java.util.Collections.nCopies(selection.types().size(), "?")))
                    .append(')');
        }
        PreparedStatement statement = connection.prepareStatement(
                QUERY.formatted(filter, selection.withReferences() ? "TRUE" : "FALSE"));
        int parameter = 1;
        if (!selection.everyYear()) {
            statement.setInt(parameter++, selection.fromYear());
            statement.setInt(parameter++, selection.toYear());
        }
        for (String type : selection.types().stream().sorted().toList()) {
            statement.setString(parameter++, type);
        }
        ResultSet rows = statement.executeQuery();
        Iterator<Work> works = new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rows.next();
                    } catch (SQLException e) {
                        throw readingFailed(e);
                    }
                }
                return ahead;
            }

            @Override
            public Work next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    return work(rows);
                } catch (SQLException e) {
                    throw readingFailed(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(works, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        rows.close();
                        statement.close();
                        connection.close();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /**
     * The failure of a fetch. DuckDB's driver reports a Java heap exhausted inside its native fetch as an
     * {@code SQLException} ("Invalid Error: Java heap space"); that one is thrown as the out-of-memory error it
     * is, so that the command line and the service say so and how to give more memory.
     */
    private static RuntimeException readingFailed(SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains("Java heap space")) {
            OutOfMemoryError tooMuch = new OutOfMemoryError("Java heap space, while the analytics store fetched works");
            tooMuch.initCause(e);
            throw tooMuch;
        }
        return new IllegalStateException("reading works from the analytics store failed", e);
    }

    private Work work(ResultSet row) throws SQLException {
        String id = row.getString(1);
        int year = row.getInt(2);
        String primaryId = row.getString(5);
        Topic primary = null;
        if (primaryId != null) {
            double score = row.getDouble(6);
            TopicTaxon taxon = taxa.get(primaryId);
            primary = new Topic(primaryId, taxon == null ? null : taxon.topicName(), row.getString(7), row.getString(8),
                    row.getString(9), row.wasNull() ? Double.NaN : score);
        }
        return new Work(id, year, row.getString(3), row.getInt(4), primary, topics(row.getString(11)),
                authorships(row.getString(12)), references(row.getString(13)), row.getString(10));
    }

    private List<Topic> topics(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        for (String item : joined.split(ITEM, -1)) {
            String[] parts = item.split(FIELD, -1);
            TopicTaxon taxon = taxa.get(parts[0]);
            double score = NULL.equals(parts[1]) ? Double.NaN : Double.parseDouble(parts[1]);
            topics.add(taxon != null ? taxon.withScore(score) : new Topic(parts[0], null, null, null, null, score));
        }
        return topics;
    }

    private static List<Authorship> authorships(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<Authorship> authorships = new ArrayList<>();
        for (String item : joined.split(ITEM, -1)) {
            String[] parts = item.split(FIELD, -1);
            List<Affiliation> institutions = new ArrayList<>();
            if (!parts[4].isEmpty()) {
                for (String institution : parts[4].split(INSTITUTION, -1)) {
                    String[] f = institution.split(INSTITUTION_FIELD, -1);
                    institutions.add(new Affiliation(value(f[0]), value(f[1]), value(f[2]), value(f[3]), value(f[4])));
                }
            }
            List<String> countries = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
            authorships.add(new Authorship(value(parts[0]), value(parts[1]), institutions, countries, Boolean.parseBoolean(parts[3])));
        }
        return authorships;
    }

    private static List<String> references(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    private static String value(String stored) {
        return NULL.equals(stored) ? null : stored;
    }
}
