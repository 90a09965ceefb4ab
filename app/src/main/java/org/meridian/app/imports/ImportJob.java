package org.meridian.app.imports;

import java.time.Instant;

import org.meridian.app.imports.ImportProgress.Phase;

/**
 * An import running (or run) in the background, as its progress page polls it. Thread-safe: the worker
 * writes, requests read.
 */
public final class ImportJob implements ImportProgress {

    private final String id;
    private final String typeName;
    private final String fileName;
    private final long userId;
    private final Instant startedAt;
    private volatile Phase phase = Phase.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile ImportOutcome outcome;
    private volatile Instant finishedAt;

    ImportJob(String id, String typeName, String fileName, long userId, Instant startedAt) {
        this.id = id;
        this.typeName = typeName;
        this.fileName = fileName;
        this.userId = userId;
        this.startedAt = startedAt;
    }

    @Override
    public void at(Phase phase, int done, int total) {
        this.phase = phase;
        this.done = done;
        this.total = total;
    }

    void finish(ImportOutcome result, Instant when) {
        this.outcome = result;
        this.finishedAt = when;
        this.phase = Phase.FINISHED;
    }

    public String id() {
        return id;
    }

    public String typeName() {
        return typeName;
    }

    public String fileName() {
        return fileName;
    }

    public long userId() {
        return userId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Phase phase() {
        return phase;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    /** Whole percent of the current phase, for a progress bar. */
    public int percent() {
        int all = total;
        return all == 0 ? 0 : (int) Math.min(100, 100L * done / all);
    }

    public boolean finished() {
        return outcome != null;
    }

    /** The result once finished, else null. */
    public ImportOutcome outcome() {
        return outcome;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
