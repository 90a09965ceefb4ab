package org.meridian.app.scholarly;

import java.time.Duration;

/**
 * A running or finished ingest as the terminal and the web UI show it. Rates are averages since the start;
 * the ETA extrapolates the stored (compressed) bytes still to read at that rate, null until known.
 */
public record IngestStatus(State state, int filesTotal, int filesDone, int filesSkipped, long works, long rejectedLines,
        long storedBytesDone, long storedBytesTotal, double worksPerSecond, double megabytesPerSecond, Duration elapsed,
        Duration eta) {

    /** RESOLVING: every file is in; the run keeps the latest version of each work. */
    public enum State { PENDING, RUNNING, RESOLVING, SUCCEEDED, FAILED }

    /** One line for a terminal: {@code 3/8 files  412,000 works  81,200 works/s  355 MB/s  ETA 0:42}. */
    public String line() {
        return String.format("%d/%d files  %,d works  %,.0f works/s  %,.0f MB/s  ETA %s", filesDone + filesSkipped,
                filesTotal, works, worksPerSecond, megabytesPerSecond, clock(eta));
    }

    public boolean running() {
        return state == State.PENDING || state == State.RUNNING || state == State.RESOLVING;
    }

    /** Share of the stored bytes read, 0 to 1. */
    public double fractionDone() {
        return storedBytesTotal <= 0 ? (running() ? 0 : 1) : Math.min(1, (double) storedBytesDone / storedBytesTotal);
    }

    public String etaClock() {
        return clock(eta);
    }

    public String elapsedClock() {
        return clock(elapsed);
    }

    /** {@code m:ss}, or {@code -} for an unknown duration. */
    static String clock(Duration duration) {
        return duration == null ? "-" : String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
