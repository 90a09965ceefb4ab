package org.meridian.app.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Bulk writes for the dataset loaders: which keys a table has, and batched inserts with typed parameters. */
@Component
class ReferenceTables {

    static final int BATCH_SIZE = 1000;

    private final JdbcClient jdbc;
    static final int ROWS_PER_TRANSACTION = 10_000;

    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    ReferenceTables(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
    }

    /** The values of the first column of a query, e.g. the primary keys present. */
    Set<String> keys(String sql) {
        return new HashSet<>(jdbc.sql(sql).query((row, number) -> row.getString(1)).list());
    }

    /** Runs the insert for every row, {@value #BATCH_SIZE} rows per round trip; answers the row count. */
    int insert(String sql, int[] types, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)), types);
        }
        return rows.size();
    }

    /** Like {@link #insert}, committing every {@value #ROWS_PER_TRANSACTION} rows. */
    int insertInChunks(String sql, int[] types, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_TRANSACTION) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_TRANSACTION));
            transaction.executeWithoutResult(status -> insert(sql, types, chunk));
        }
        return rows.size();
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
