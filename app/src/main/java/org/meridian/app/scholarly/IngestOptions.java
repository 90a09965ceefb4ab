package org.meridian.app.scholarly;

/**
 * How to ingest.
 *
 * @param threads          files read at once, one per thread (default: every core)
 * @param maxRejectedShare the share of rejected lines above which the ingest counts as failed (default 0.01)
 */
public record IngestOptions(int threads, double maxRejectedShare) {

    public IngestOptions {
        if (threads < 1 || maxRejectedShare < 0 || maxRejectedShare > 1) {
            throw new IllegalArgumentException("threads >= 1 and 0 <= maxRejectedShare <= 1 required");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 0.01);
    }
}
