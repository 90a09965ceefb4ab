package org.meridian.app.scholarly;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one version of each work: among the stored rows with the same id, the one with the latest
 * {@code updated_date}, then the greatest source path, then the greatest line wins, whatever order the files came
 * in. Rows of a file whose path was ingested again with other content are dropped, with its institutions. Runs in one transaction at the
 * end of an ingest and, when a killed run left files unresolved, at the start of the next: the store then equals
 * the one an uninterrupted run makes. It also moves the topics met in those files into {@code topics}.
 */
final class LatestVersions {

    private static final String LOSERS = """
            CREATE OR REPLACE TEMP TABLE losers AS
            SELECT w.key FROM works w JOIN ingest_files f ON f.kind = 'works' AND f.file_id = CAST(w.key >> 32 AS INTEGER)
            WHERE w.id IN (SELECT id FROM works GROUP BY id HAVING count(*) > 1)
            QUALIFY row_number() OVER (PARTITION BY w.id ORDER BY coalesce(w.updated_date, '') DESC, f.path DESC, w.key DESC) > 1
            UNION ALL
            SELECT key FROM works
            WHERE CAST(key >> 32 AS INTEGER) NOT IN (SELECT file_id FROM ingest_files WHERE kind = 'works')""";

    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("works", "key");
        KEYS.put("work_topics", "work_key");
        KEYS.put("authorships", "work_key");
        KEYS.put("work_affiliations", "work_key");
    }

    private LatestVersions() {
    }

    /** Whether files were ingested whose works are not yet compared with other versions. */
    static boolean pending(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM ingest_files WHERE NOT resolved")) {
            row.next();
            return row.getLong(1) > 0;
        }
    }

    /**
     * Resolves the files not yet resolved; nothing when there are none.
     *
     * @return the number of stored versions deleted because another version of the work wins
     */
    static long resolve(Connection connection) throws SQLException {
        if (!pending(connection)) {
            return 0;
        }
        long[] deleted = new long[1];
        FileManifest.inTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(LOSERS);
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM losers")) {
                    row.next();
                    deleted[0] = row.getLong(1);
                }
                if (deleted[0] > 0) {
                    for (Map.Entry<String, String> table : KEYS.entrySet()) {
                        statement.execute("DELETE FROM " + table.getKey() + " WHERE " + table.getValue()
                                + " IN (SELECT key FROM losers)");
                    }
                }
                statement.execute("DROP TABLE losers");
                statement.execute("""
                        DELETE FROM affiliation_institutions
                        WHERE file_id NOT IN (SELECT file_id FROM ingest_files WHERE kind = 'works')""");
                statement.execute("""
                        INSERT OR IGNORE INTO topics
                        SELECT DISTINCT ON (id) id, display_name, subfield_id, subfield_name, field_id, field_name, domain_id,
                               domain_name
                        FROM topic_mentions ORDER BY id, file_id""");
                statement.execute("DELETE FROM topic_mentions");
                statement.execute("UPDATE ingest_files SET resolved = true WHERE NOT resolved");
            }
        });
        return deleted[0];
    }

    /**
     * Numbers the files about to be read: a path numbered before whose file never entered the store (a killed run)
     * keeps its number; a new path, or one whose stored content is being replaced, gets the next free number, in
     * path order. Committed before any file is read.
     */
    static Map<String, Integer> numberFiles(Connection connection, List<String> paths) throws SQLException {
        Map<String, Integer> numbered = new LinkedHashMap<>();
        Map<String, Integer> ingested = new LinkedHashMap<>();
        int next = 1;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT path, file_id FROM ingest_file_ids")) {
                while (rows.next()) {
                    numbered.put(rows.getString(1), rows.getInt(2));
                    next = Math.max(next, rows.getInt(2) + 1);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT path, file_id FROM ingest_files WHERE kind = 'works'")) {
                while (rows.next()) {
                    ingested.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<String> fresh = new ArrayList<>();
        for (String path : paths.stream().sorted().toList()) {
            Integer number = numbered.get(path);
            if (number != null && !number.equals(ingested.get(path))) {
                numbers.put(path, number);
            } else {
                fresh.add(path);
            }
        }
        int first = next;
        FileManifest.inTransaction(connection, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO ingest_file_ids VALUES (?, ?)")) {
                int number = first;
                for (String path : fresh) {
                    insert.setString(1, path);
                    insert.setInt(2, number);
                    insert.execute();
                    numbers.put(path, number++);
                }
            }
        });
        return numbers;
    }
}
