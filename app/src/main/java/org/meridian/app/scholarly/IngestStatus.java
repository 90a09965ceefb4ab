package org.meridian.app.scholarly;

import java.time.Duration;

/**
 * A running or finished ingest as the terminal and the web UI show it. Rates are averages since the start;
 * the ETA extrapolates the stored (compressed) bytes still to read at that rate, null until known.
 */
public record IngestStatus(State state, int filesTotal, int filesDone, int filesSkipped, long works, long rejectedLines,
        long storedBytesDone, long storedBytesTotal, double worksPerSecond, double megabytesPerSecond, Duration elapsed,
        Duration eta) {

    public enum State { PENDING, RUNNING, SUCCEEDED, FAILED }

    /** One line for a terminal: {@code 3/8 files  412,000 works  81,200 works/s  355 MB/s  ETA 0:42}. */
    public String line() {
        return String.format("%d/%d files  %,d works  %,.0f works/s  %,.0f MB/s  ETA %s", filesDone + filesSkipped,
                filesTotal, works, worksPerSecond, megabytesPerSecond, eta == null ? "-"
                        : String.format("%d:%02d", eta.toMinutes(), eta.toSecondsPart()));
    }
}
