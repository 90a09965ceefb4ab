package org.meridian.app.scholarly;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.meridian.core.scholarly.FileReading;
import org.meridian.core.scholarly.ProblemKind;
import org.meridian.core.scholarly.ProblemSample;
import org.meridian.core.scholarly.ProblemTally;

/** The manifest rows of an ingested file ({@code ingest_files}, {@code ingest_problems}) and the store's transactions. */
final class FileManifest {

    private FileManifest() {
    }

    /** Records a file whose rows the caller has written in the open transaction. */
    static void record(Connection connection, String kind, int fileId, boolean resolved, FileReading reading)
            throws SQLException {
        String path = reading.file().path().toString();
        try (PreparedStatement file = connection.prepareStatement(
                "INSERT OR REPLACE INTO ingest_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            file.setString(1, path);
            file.setInt(2, fileId);
            file.setString(3, kind);
            file.setLong(4, reading.file().size());
            file.setString(5, reading.sha256());
            file.setString(6, reading.file().partitionDate());
            file.setLong(7, reading.lines());
            file.setLong(8, reading.works());
            file.setLong(9, reading.rejectedLines());
            file.setLong(10, reading.worksWithoutYear());
            file.setLong(11, reading.worksWithoutPrimaryTopic());
            file.setBoolean(12, reading.complete());
            file.setBoolean(13, resolved);
            file.setTimestamp(14, Timestamp.from(Instant.now()));
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
