package org.meridian.core.scholarly;

/**
 * What can be wrong in a snapshot. None of them stops a run; the kinds that reject a line are the ones
 * whose share the ingest compares with its threshold.
 */
public enum ProblemKind {
    /** A line that is not one valid JSON object. */
    MALFORMED_JSON(true),
    /** A work without an {@code id}: it cannot be stored. */
    MISSING_ID(true),
    /** A line longer than the reader's limit; skipped whole. */
    LINE_TOO_LONG(true),
    /** The incomplete last line of a file whose compressed stream ends early. */
    TRUNCATED_LINE(true),
    /** A compressed file that ends early; the complete lines before the cut are kept. */
    TRUNCATED_FILE(false),
    /** A file that cannot be opened or decompressed, or whose checksum trailer is wrong. */
    UNREADABLE_FILE(false),
    /** A file whose line count differs from the snapshot manifest's {@code record_count}, or is missing. */
    RECORD_COUNT_MISMATCH(false),
    /** A top-level field that is not part of the OpenAlex work schema this reader knows. */
    UNKNOWN_FIELD(false),
    /** A kept field whose value has another JSON type than expected, or a reference that is not a work id; read as missing. */
    WRONG_TYPE(false);

    private final boolean rejectsLine;

    ProblemKind(boolean rejectsLine) {
        this.rejectsLine = rejectsLine;
    }

    public boolean rejectsLine() {
        return rejectsLine;
    }
}
