package org.meridian.app.insight;

import java.util.Arrays;
import java.util.List;

import org.meridian.core.statistics.Finding;
import org.meridian.core.statistics.ImportReport;

/**
 * What the import of one shipped statistics file read and met: rows read and kept, and per quirk met (regional
 * aggregates kept apart, estimates, renamed or unmapped country names, years not reported, ...) how many rows and
 * a few samples. Nothing is dropped silently.
 */
public record StatisticsImport(String source, long rowsRead, long rowsKept, List<FindingCount> findings) {

    public record FindingCount(String finding, String description, long count, List<String> samples) {
    }

    static StatisticsImport of(ImportReport report) {
        return new StatisticsImport(report.source(), report.rowsRead(), report.rowsKept(),
                Arrays.stream(Finding.values()).filter(finding -> report.count(finding) > 0)
                        .map(finding -> new FindingCount(finding.name(), finding.description(), report.count(finding),
                                report.samples(finding)))
                        .toList());
    }
}
