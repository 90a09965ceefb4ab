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
import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.WorkIds;
import org.meridian.core.scholarly.WorkSink;

/**
 * One worker's way into the store: the works of one file are appended (DuckDB Appender) straight to the store's
 * tables in one transaction of this worker's connection, which also writes the file's manifest row, so that a file
 * is either wholly in the store and listed, or neither. Workers append their files at the same time, each in its
 * own transaction. Every row carries its work's version key ({@code file id · 2^32 + line}); which version of a
 * work stays is decided once per run by {@link LatestVersions}.
 */
final class WorkAppending implements WorkSink, AutoCloseable {

    private static final long LINES_PER_FILE = 1L << 32;

    private final DuckDBConnection connection;
    private final StringBuilder joined = new StringBuilder(64);
    private int fileId;
    private DuckDBAppender works;
    private DuckDBAppender topics;
    private DuckDBAppender authorships;
    private DuckDBAppender affiliations;
    private DuckDBAppender institutions;
    private final Map<Affiliation, Integer> institutionNumbers = new IdentityHashMap<>();

    WorkAppending(AnalyticsStore store) throws SQLException {
        this.connection = store.newConnection();
    }

    /** Opens the file's transaction and the appenders that write into it. */
    void begin(int fileId) throws SQLException {
        this.fileId = fileId;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1"); // starts the transaction: appenders flush into an open one, else commit alone
        }
        works = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "works");
        topics = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "work_topics");
        authorships = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "authorships");
        affiliations = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "work_affiliations");
        institutions = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "affiliation_institutions");
        institutionNumbers.clear();
    }

    @Override
    public void accept(Work work, long line) throws IOException {
        if (line >= LINES_PER_FILE) {
            throw new IOException("a works file of more than " + (LINES_PER_FILE - 1) + " lines cannot be stored");
        }
        try {
            append(((long) fileId << 32) | line, work);
        } catch (SQLException e) {
            throw new IOException("storing work " + work.id() + " failed: " + e.getMessage(), e);
        }
    }

    private void append(long key, Work work) throws SQLException {
        Topic primary = work.primaryTopic();
        works.beginRow().append(key).append(work.id());
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
            score(works, primary.score());
            nullable(nullable(nullable(works, primary.subfieldId()), primary.fieldId()), primary.domainId());
        }
        works.append(work.authorships().size());
        nullable(works, work.updatedDate());
        works.append(references(work.referencedWorks())).endRow();
        List<Topic> workTopics = work.topics();
        for (int position = 0; position < workTopics.size(); position++) {
            Topic topic = workTopics.get(position);
            topics.beginRow().append(key).append((short) position).append(topic.id());
            score(topics, topic.score()).endRow();
        }
        List<Authorship> list = work.authorships();
        for (int position = 0; position < list.size(); position++) {
            Authorship authorship = list.get(position);
            authorships.beginRow().append(key).append((short) position);
            nullable(nullable(authorships, authorship.authorId()), authorship.authorName());
            authorships.append(countries(authorship.countries())).append(authorship.corresponding()).endRow();
            List<Affiliation> ofAuthor = authorship.institutions();
            for (int i = 0; i < ofAuthor.size(); i++) {
                affiliations.beginRow().append(key).append((short) position).append((short) i)
                        .append(institutionNumber(ofAuthor.get(i))).endRow();
            }
        }
    }

    /**
     * The institution's number in this file, storing it the first time: the reader hands out one object for
     * institutions written alike, so most repeats cost a lookup.
     */
    private int institutionNumber(Affiliation institution) throws SQLException {
        Integer number = institutionNumbers.get(institution);
        if (number == null) {
            number = institutionNumbers.size();
            institutionNumbers.put(institution, number);
            institutions.beginRow().append(fileId).append(number.intValue());
            nullable(nullable(nullable(nullable(nullable(institutions, institution.id()), institution.ror()),
                    institution.countryCode()), institution.type()), institution.displayName());
            institutions.endRow();
        }
        return number;
    }

    /** The numbers of the work ids (the reader keeps only ids of the form W + digits). */
    private static long[] references(List<String> ids) {
        if (ids instanceof WorkIds read) {
            return read.numbers();
        }
        long[] numbers = new long[ids.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Long.parseLong(ids.get(i), 1, ids.get(i).length(), 10);
        }
        return numbers;
    }

    private String countries(List<String> codes) {
        if (codes.isEmpty()) {
            return "";
        }
        if (codes.size() == 1) {
            return codes.get(0);
        }
        joined.setLength(0);
        for (String code : codes) {
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(code);
        }
        return joined.toString();
    }

    /**
     * Flushes the file's rows, adds the topics it met first and its manifest row, and commits: the file is in the
     * store. Its works are compared with other versions of them when the run ends.
     */
    void commit(FileReading reading) throws SQLException {
        closeAppenders();
        try (DuckDBAppender mentions = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "topic_mentions")) {
            for (TopicTaxon t : reading.newTaxa()) {
                mentions.beginRow().append(fileId);
                nullable(nullable(nullable(nullable(nullable(nullable(nullable(nullable(mentions, t.topicId()), t.topicName()),
                        t.subfieldId()), t.subfieldName()), t.fieldId()), t.fieldName()), t.domainId()), t.domainName());
                mentions.endRow();
            }
        }
        FileManifest.record(connection, "works", fileId, false, reading);
        try {
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
            AnalyticsStore.written();
        }
    }

    /** Drops what was appended of the current file. */
    void abort() {
        try {
            closeAppenders();
        } catch (SQLException ignored) {
            // the rollback below discards whatever the appenders held
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a connection that cannot roll back is closed next; DuckDB drops its open transaction
        }
    }

    private void closeAppenders() throws SQLException {
        SQLException failure = null;
        for (DuckDBAppender appender : new DuckDBAppender[] { works, topics, authorships, affiliations, institutions }) {
            if (appender != null) {
                try {
                    appender.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        works = null;
        topics = null;
        authorships = null;
        affiliations = null;
        institutions = null;
        if (failure != null) {
            throw failure;
        }
    }

    private static DuckDBAppender score(DuckDBAppender appender, double score) throws SQLException {
        return Double.isNaN(score) ? appender.appendNull() : appender.append(score);
    }

    private static DuckDBAppender nullable(DuckDBAppender appender, String value) throws SQLException {
        return value == null ? appender.appendNull() : appender.append(value);
    }

    @Override
    public void close() throws SQLException {
        if (works != null) {
            abort();
        }
        connection.close();
    }
}
