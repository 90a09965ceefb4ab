package org.meridian.app.insight.bringin;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.StoreTotals;
import org.meridian.app.scholarly.WorkSelection;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.TallySettings;
import org.meridian.core.landscape.WorkPasses;
import org.meridian.core.landscape.WorkTally;
import org.meridian.core.scholarly.TopicTaxon;

/**
 * The landscape of the works in an analytics store, tallied once ({@link WorkTally} at topic level, with
 * authors) and kept until the store changes: its totals (works, works without year or topic, files) are the
 * fingerprint checked on every call. Thread-safe; a rebuild blocks the callers that need it.
 */
public final class LandscapeCache {

    private final AnalyticsStore store;
    private volatile StoreTotals fingerprint;
    private volatile Instant preparingSince;
    private BringInAnalysis analysis;

    public LandscapeCache(AnalyticsStore store) {
        this.store = store;
    }

    /** The analysis of the store's current works, or empty when the store holds no countable work. */
    public synchronized Optional<BringInAnalysis> current() {
        try {
            StoreTotals totals = store.totals();
            if (!totals.equals(fingerprint)) {
                preparingSince = Instant.now();
                try {
                    analysis = totals.works() == 0 ? null : new BringInAnalysis(tally(store), names(store));
                    fingerprint = totals;
                } finally {
                    preparingSince = null;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the analytics store " + store.path(), e);
        }
        return Optional.ofNullable(analysis).filter(a -> a.landscape().years().isPresent());
    }

    /** Whether the analysis of the store's current works is built; waits while a build is under way. */
    public synchronized boolean isCurrent() {
        return isCurrentNow();
    }

    /**
     * When the analysis of the store's current works is being built, since when; empty when it is built, or when
     * nothing builds it yet (see {@link #isCurrentNow()}). Never waits.
     */
    public Optional<Instant> preparingSince() {
        return Optional.ofNullable(preparingSince);
    }

    /** Whether the analysis of the store's current works is built, without waiting for a build under way. */
    public boolean isCurrentNow() {
        try {
            StoreTotals built = fingerprint;
            return built != null && built.equals(store.totals());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the analytics store " + store.path(), e);
        }
    }

    /**
     * Builds the analysis of the store's current works on a background thread (a daemon), unless it is current;
     * the answer completes when it is built, or with the failure, an out-of-memory error included.
     */
    public CompletableFuture<Void> prepareInBackground() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                current();
                done.complete(null);
            } catch (RuntimeException | OutOfMemoryError failure) {
                done.completeExceptionally(failure);
            }
        }, "bring-in-prepare");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** Names of the store's domains, fields and subfields by {@code LEVEL:id}, from its topics table. */
    static Map<String, String> names(AnalyticsStore store) throws SQLException {
        Map<String, String> names = new HashMap<>();
        for (TopicTaxon taxon : store.topics().values()) {
            put(names, FieldLevel.DOMAIN, taxon.domainId(), taxon.domainName());
            put(names, FieldLevel.FIELD, taxon.fieldId(), taxon.fieldName());
            put(names, FieldLevel.SUBFIELD, taxon.subfieldId(), taxon.subfieldName());
        }
        return names;
    }

    private static void put(Map<String, String> names, FieldLevel level, String id, String name) {
        if (id != null && name != null) {
            names.put(level + ":" + id, name);
        }
    }

    /**
     * Tallies every stored work, reading the store twice ({@link WorkTally#tally(WorkPasses, TallySettings)}) rather
     * than holding all works at once.
     */
    public static Landscape tally(AnalyticsStore store) {
        return WorkTally.tally(action -> {
            try {
                store.forEachWork(WorkSelection.all(), action::accept);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the works of the analytics store " + store.path(), e);
            }
        }, TallySettings.defaults().withFinestLevel(FieldLevel.TOPIC).withAuthors(true));
    }
}
