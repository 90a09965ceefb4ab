package org.meridian.app.scholarly;

import java.time.Duration;

import org.meridian.core.scholarly.ProblemTally;

/**
 * What one ingest run did. {@link #passed()} is false when the share of rejected lines exceeds the run's
 * threshold; problems are counted by kind with their first samples.
 */
public record IngestReport(int filesIngested, int filesSkipped, long lines, long works, long rejectedLines,
        long worksWithoutYear, long worksWithoutPrimaryTopic, long jsonBytes, Duration elapsed, double maxRejectedShare,
        ProblemTally problems) {

    public double rejectedShare() {
        return lines == 0 ? 0 : (double) rejectedLines / lines;
    }

    public boolean passed() {
        return rejectedShare() <= maxRejectedShare;
    }
}
