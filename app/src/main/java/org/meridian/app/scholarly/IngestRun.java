package org.meridian.app.scholarly;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A row of the store's {@code ingest_runs}: one ingest, started from the command line or the web.
 *
 * @param finishedAt null while it runs, and for an interrupted run
 * @param state   {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} or {@code INTERRUPTED} (the process ended first)
 * @param failure what stopped the run, or null
 */
public record IngestRun(String path, Instant startedAt, Instant finishedAt, String state, int filesIngested,
        int filesSkipped, long works, long lines, long rejectedLines, long jsonBytes, String failure) {

    /** Null while it runs, and for an interrupted run. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** {@code m:ss}. */
    public String durationClock() {
        return IngestStatus.clock(duration());
    }

    /** When it started, in the server's time zone. */
    public LocalDateTime startedLocal() {
        return LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault());
    }
}
