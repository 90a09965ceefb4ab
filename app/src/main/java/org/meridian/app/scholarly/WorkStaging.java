package org.meridian.app.scholarly;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.WorkSink;

/**
 * One worker's way into the store: the works of one file are appended (DuckDB Appender) to this
 * connection's temporary staging tables ({@code scholarly/staging-schema.sql}), in parallel with other
 * workers; {@link FileMerge} then moves them into the store in one transaction. An institution repeated in
 * a file is staged once and referred to by a small key.
 */
final class WorkStaging implements WorkSink, AutoCloseable {

    private final DuckDBConnection connection;
    private final Map<Affiliation, Integer> institutionKeys = new IdentityHashMap<>();
    private final StringBuilder joined = new StringBuilder(1024);
    private DuckDBAppender works;
    private DuckDBAppender authorships;
    private DuckDBAppender affiliations;
    private DuckDBAppender institutions;

    WorkStaging(AnalyticsStore store) throws SQLException {
        this.connection = store.newConnection();
        try (Statement statement = connection.createStatement()) {
            store.runScript(statement, "staging-schema.sql");
        }
    }

    DuckDBConnection connection() {
        return connection;
    }

    /** Empties the staging tables and opens appenders for the next file. */
    void begin() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("staged_works", "staged_authorships", "staged_affiliations", "staged_institutions",
                    "staged_topics")) {
                statement.execute("DELETE FROM " + table);
            }
        }
        institutionKeys.clear();
        works = connection.createAppender("temp", "main", "staged_works");
        authorships = connection.createAppender("temp", "main", "staged_authorships");
        affiliations = connection.createAppender("temp", "main", "staged_affiliations");
        institutions = connection.createAppender("temp", "main", "staged_institutions");
    }

    @Override
    public void accept(Work work, long line) throws IOException {
        try {
            append(work, line);
        } catch (SQLException e) {
            throw new IOException("staging work " + work.id() + " failed: " + e.getMessage(), e);
        }
    }

    private void append(Work work, long line) throws SQLException {
        Topic primary = work.primaryTopic();
        works.beginRow().append(line).append(work.id());
        if (work.hasPublicationYear()) {
            works.append(work.publicationYear());
        } else {
            works.appendNull();
        }
        nullable(works, work.type()).append(work.citedByCount());
        if (primary == null) {
            works.appendNull().appendNull().appendNull().appendNull().appendNull();
        } else {
            nullable(works, primary.id());
            if (Double.isNaN(primary.score())) {
                works.appendNull();
            } else {
                works.append(primary.score());
            }
            nullable(nullable(nullable(works, primary.subfieldId()), primary.fieldId()), primary.domainId());
        }
        works.append(work.authorships().size());
        nullable(works, work.updatedDate());
        works.append(topics(work.topics())).append(work.referencedWorks()).endRow();
        List<Authorship> list = work.authorships();
        for (int position = 0; position < list.size(); position++) {
            Authorship authorship = list.get(position);
            authorships.beginRow().append(line).append((short) position);
            nullable(nullable(authorships, authorship.authorId()), authorship.authorName());
            authorships.append(String.join(",", authorship.countries())).append(authorship.corresponding()).endRow();
            List<Affiliation> institutionsOfAuthor = authorship.institutions();
            for (int i = 0; i < institutionsOfAuthor.size(); i++) {
                affiliations.beginRow().append(line).append((short) position).append((short) i)
                        .append(institutionKey(institutionsOfAuthor.get(i))).endRow();
            }
        }
    }

    private String topics(List<Topic> topics) {
        joined.setLength(0);
        for (Topic topic : topics) {
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(topic.id()).append(' ');
            if (!Double.isNaN(topic.score())) {
                joined.append(topic.score());
            }
        }
        return joined.toString();
    }

    private int institutionKey(Affiliation institution) throws SQLException {
        Integer key = institutionKeys.get(institution);
        if (key == null) {
            key = institutionKeys.size();
            institutionKeys.put(institution, key);
            institutions.beginRow().append(key.intValue());
            nullable(nullable(nullable(nullable(nullable(institutions, institution.id()), institution.ror()),
                    institution.countryCode()), institution.type()), institution.displayName());
            institutions.endRow();
        }
        return key;
    }

    /** Stages the institutions of an entity file (between {@link #begin()} and {@link #finish()}). */
    void stageInstitutions(List<Affiliation> entities) throws SQLException {
        for (Affiliation institution : entities) {
            institutionKey(institution);
        }
    }

    /** Stages topics met for the first time, for the {@code topics} dimension. */
    void stageTopics(List<TopicTaxon> taxa) throws SQLException {
        try (DuckDBAppender topics = connection.createAppender("temp", "main", "staged_topics")) {
            for (TopicTaxon t : taxa) {
                topics.beginRow();
                nullable(nullable(nullable(nullable(nullable(nullable(nullable(nullable(topics, t.topicId()), t.topicName()),
                        t.subfieldId()), t.subfieldName()), t.fieldId()), t.fieldName()), t.domainId()), t.domainName());
                topics.endRow();
            }
        }
    }

    /** Flushes and closes the appenders: the file's works are all staged. */
    void finish() throws SQLException {
        for (DuckDBAppender appender : new DuckDBAppender[] { works, authorships, affiliations, institutions }) {
            if (appender != null) {
                appender.close();
            }
        }
        works = null;
        authorships = null;
        affiliations = null;
        institutions = null;
    }

    private static DuckDBAppender nullable(DuckDBAppender appender, String value) throws SQLException {
        return value == null ? appender.appendNull() : appender.append(value);
    }

    @Override
    public void close() throws SQLException {
        finish();
        connection.close();
    }
}
