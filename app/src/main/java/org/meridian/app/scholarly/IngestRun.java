package org.meridian.app.scholarly;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A row of the store's {@code ingest_runs}: one ingest that came to an end, started from the command line or
 * the web.
 *
 * @param state   {@code SUCCEEDED} or {@code FAILED}
 * @param failure what stopped the run, or null
 */
public record IngestRun(String path, Instant startedAt, Instant finishedAt, String state, int filesIngested,
        int filesSkipped, long works, long lines, long rejectedLines, long jsonBytes, String failure) {

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
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
