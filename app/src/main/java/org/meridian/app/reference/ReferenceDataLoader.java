package org.meridian.app.reference;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data shipped under {@code classpath:reference/} (see its SOURCE.md) on start, each
 * {@link ReferenceDataset} in its own transaction (the large ones commit in chunks), and records it in
 * {@code reference_dataset}. A restart finds every dataset recorded at its version and loads nothing; a
 * dataset's load only adds missing rows, so even a forced reload duplicates nothing and keeps administrators'
 * edits. Then builds the institution name index, so the first search is fast too.
 */
@Component
@Order(-10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final List<ReferenceDataset> datasets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InstitutionNameSearch nameSearch;

    ReferenceDataLoader(List<ReferenceDataset> datasets, JdbcClient jdbc, TransactionTemplate transaction,
            InstitutionNameSearch nameSearch) {
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.nameSearch = nameSearch;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(false);
        nameSearch.current();
    }

    /** Loads every dataset not yet recorded at its version, or every dataset when {@code force}. */
    void load(boolean force) {
        for (ReferenceDataset dataset : datasets) {
            Integer loaded = jdbc.sql("select version from reference_dataset where name = :name")
                    .param("name", dataset.name()).query(Integer.class).optional().orElse(null);
            if (!force && loaded != null && loaded >= dataset.version()) {
                continue;
            }
            long started = System.nanoTime();
            int rows = dataset.commitsInChunks() ? dataset.load() : 0;
            transaction.executeWithoutResult(status -> {
                int count = dataset.commitsInChunks() ? rows : dataset.load();
                jdbc.sql("delete from reference_dataset where name = :name").param("name", dataset.name()).update();
                jdbc.sql("insert into reference_dataset (name, version, row_count) values (:name, :version, :rows)")
                        .param("name", dataset.name()).param("version", dataset.version()).param("rows", count).update();
                log.info("Reference dataset {} v{}: {} rows in {} ms", dataset.name(), dataset.version(), count,
                        (System.nanoTime() - started) / 1_000_000);
            });
        }
    }
}
