package org.meridian.core.scholarly;

import java.nio.file.Path;

/**
 * One file of works in a snapshot.
 *
 * @param partitionDate   the {@code updated_date=YYYY-MM-DD} folder the file sits in, or null
 * @param expectedRecords the manifest's {@code record_count} for the file, or -1 when there is none
 */
public record WorkFile(Path path, long size, String partitionDate, long expectedRecords) {
}
