package org.meridian.app.reference;

import java.util.List;
import java.util.function.Predicate;

import org.meridian.core.reference.InstitutionNameIndex;
import org.meridian.core.reference.InstitutionType;
import org.meridian.core.reference.NameKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds the in-memory name index of the institution registry and keeps it in step with the database: every
 * change to the registry bumps {@code reference_institution_revision}, and a search that finds a revision other
 * than the index's rebuilds the index first (about a second), whichever application instance made the change.
 */
@Component
class InstitutionNameSearch {

    private static final Logger log = LoggerFactory.getLogger(InstitutionNameSearch.class);

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    InstitutionNameSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(long revision, InstitutionNameIndex index) {
    }

    /** The index entries whose name or a word of it starts with the prefix, in relevance order. */
    List<InstitutionNameIndex.Entry> find(String prefix, Predicate<InstitutionNameIndex.Entry> filter) {
        return current().find(prefix, filter);
    }

    /** The index as of the database's current revision, rebuilt if it is older. */
    InstitutionNameIndex current() {
        long revision = jdbc.sql("select revision from reference_institution_revision where id = 1").query(Long.class)
                .single();
        Snapshot seen = snapshot;
        if (seen != null && seen.revision() == revision) {
            return seen.index();
        }
        synchronized (this) {
            if (snapshot == null || snapshot.revision() != revision) {
                snapshot = new Snapshot(revision, build());
            }
            return snapshot.index();
        }
    }

    private InstitutionNameIndex build() {
        long started = System.nanoTime();
        List<InstitutionNameIndex.Entry> entries = jdbc
                .sql("select id, name_key, name_zh, country_code, type from reference_institution")
                .query((row, number) -> new InstitutionNameIndex.Entry(row.getString("id"), row.getString("name_key"),
                        zhKey(row.getString("name_zh")), row.getString("country_code"),
                        InstitutionType.ofCode(row.getString("type"))))
                .list();
        InstitutionNameIndex index = InstitutionNameIndex.of(entries);
        log.info("Indexed the names of {} institutions in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    private static String zhKey(String nameZh) {
        return nameZh == null ? null : NameKey.of(nameZh);
    }
}
