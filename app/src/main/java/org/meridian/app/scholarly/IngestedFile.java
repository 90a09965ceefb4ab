package org.meridian.app.scholarly;

/** A row of the store's manifest: one snapshot file wholly ingested. */
public record IngestedFile(String path, String kind, long size, String sha256, long lines, long works,
        long rejectedLines, boolean complete) {
}
