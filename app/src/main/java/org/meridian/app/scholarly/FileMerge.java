package org.meridian.app.scholarly;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.ProblemKind;
import org.meridian.core.scholarly.ProblemSample;
import org.meridian.core.scholarly.ProblemTally;

/**
 * Moves one staged file into the store in a single transaction together with its manifest row, so that a
 * file is either wholly in the store and listed, or neither (a crash in between leaves the store as before
 * the file). A staged work replaces the stored one with the same id when its key
 * (updated_date, source file, line) is greater: the latest version wins whatever order files come in.
 * Merges are serialised by the caller; each sees every merge committed before it.
 */
final class FileMerge {

    private static final String LATEST_IN_FILE = """
            CREATE OR REPLACE TEMP TABLE incoming AS
            SELECT id, line, updated_date FROM staged_works
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY coalesce(updated_date, '') DESC, line DESC) = 1""";

    private static final String WINNERS = """
            CREATE OR REPLACE TEMP TABLE winners AS
            SELECT i.id, i.line, w.id IS NOT NULL AS replaces
            FROM incoming i LEFT JOIN works w ON w.id = i.id
            WHERE w.id IS NULL
               OR coalesce(i.updated_date, '') > coalesce(w.updated_date, '')
               OR (coalesce(i.updated_date, '') = coalesce(w.updated_date, '')
                   AND (? > w.source_file OR (? = w.source_file AND i.line > w.source_line)))""";

    private static final String[] DELETE_REPLACED = {
            "DELETE FROM works WHERE id IN (SELECT id FROM winners WHERE replaces)",
            "DELETE FROM work_topics WHERE work_id IN (SELECT id FROM winners WHERE replaces)",
            "DELETE FROM authorships WHERE work_id IN (SELECT id FROM winners WHERE replaces)",
            "DELETE FROM affiliations WHERE work_id IN (SELECT id FROM winners WHERE replaces)",
            "DELETE FROM work_references WHERE work_id IN (SELECT id FROM winners WHERE replaces)" };

    private static final String INSERT_WORKS = """
            INSERT INTO works
            SELECT i.id, i.publication_year, i.type, i.cited_by_count, i.primary_topic_id, i.primary_topic_score,
                   i.primary_subfield_id, i.primary_field_id, i.primary_domain_id, i.authorship_count, i.updated_date,
                   ?, i.line
            FROM staged_works i JOIN winners USING (line)""";

    private static final String[] INSERT_PARTS = { """
            INSERT INTO work_topics
            SELECT id, CAST(position AS SMALLINT), split_part(topic, ' ', 1), TRY_CAST(split_part(topic, ' ', 2) AS DOUBLE)
            FROM (SELECT i.id, unnest(string_split(i.topics, ',')) AS topic,
                         unnest(range(len(string_split(i.topics, ',')))) AS position
                  FROM staged_works i JOIN winners USING (line) WHERE i.topics <> '')""", """
            INSERT INTO work_references
            SELECT i.id, unnest(i.referenced_works)
            FROM staged_works i JOIN winners USING (line)""", """
            INSERT INTO authorships
            SELECT w.id, a.position, a.author_id, a.author_name, a.countries, a.is_corresponding
            FROM staged_authorships a JOIN winners w USING (line)""", """
            INSERT INTO affiliations
            SELECT w.id, f.authorship_position, f.position, s.institution_id, s.ror, s.country_code, s.type, s.display_name
            FROM staged_affiliations f JOIN winners w USING (line) JOIN staged_institutions s USING (institution)""",
            "INSERT OR IGNORE INTO topics SELECT * FROM staged_topics" };

    private FileMerge() {
    }

    /** Merges the staged works of {@code reading}'s file and records the file; one transaction. */
    static void works(Connection connection, FileReading reading) throws SQLException {
        String path = reading.file().path().toString();
        inTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(LATEST_IN_FILE);
                try (PreparedStatement winners = connection.prepareStatement(WINNERS)) {
                    winners.setString(1, path);
                    winners.setString(2, path);
                    winners.execute();
                }
                boolean replaces;
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM winners WHERE replaces")) {
                    row.next();
                    replaces = row.getLong(1) > 0;
                }
                if (replaces) {
                    for (String delete : DELETE_REPLACED) {
                        statement.execute(delete);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_WORKS)) {
                    insert.setString(1, path);
                    insert.execute();
                }
                for (String insert : INSERT_PARTS) {
                    statement.execute(insert);
                }
                statement.execute("DROP TABLE incoming");
                statement.execute("DROP TABLE winners");
            }
            record(connection, "works", reading);
        });
    }

    /** Records an entity file (whose rows the caller has written in the open transaction). */
    static void record(Connection connection, String kind, FileReading reading) throws SQLException {
        String path = reading.file().path().toString();
        try (PreparedStatement file = connection.prepareStatement(
                "INSERT OR REPLACE INTO ingest_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            file.setString(1, path);
            file.setString(2, kind);
            file.setLong(3, reading.file().size());
            file.setString(4, reading.sha256());
            file.setString(5, reading.file().partitionDate());
            file.setLong(6, reading.lines());
            file.setLong(7, reading.works());
            file.setLong(8, reading.rejectedLines());
            file.setLong(9, reading.worksWithoutYear());
            file.setLong(10, reading.worksWithoutPrimaryTopic());
            file.setBoolean(11, reading.complete());
            file.setTimestamp(12, Timestamp.from(Instant.now()));
            file.execute();
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM ingest_problems WHERE path = ?")) {
            clear.setString(1, path);
            clear.execute();
        }
        ProblemTally problems = reading.problems();
        try (PreparedStatement problem = connection.prepareStatement("INSERT INTO ingest_problems VALUES (?, ?, ?, ?, ?)")) {
            for (ProblemKind kindOfProblem : ProblemKind.values()) {
                long count = problems.count(kindOfProblem);
                if (count > 0) {
                    ProblemSample first = problems.samples(kindOfProblem).get(0);
                    problem.setString(1, path);
                    problem.setString(2, kindOfProblem.name());
                    problem.setLong(3, count);
                    problem.setLong(4, first.line());
                    problem.setString(5, first.detail());
                    problem.execute();
                }
            }
        }
    }

    /** Statements that must commit together. */
    interface Step {
        void run() throws SQLException;
    }

    static void inTransaction(Connection connection, Step step) throws SQLException {
        connection.setAutoCommit(false);
        try {
            step.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            AnalyticsStore.written();
        }
    }
}
