package org.meridian.app.scholarly;

/** Counts over the whole analytics store; works without a year or primary topic are left out of indicators. */
public record StoreTotals(long works, long worksWithoutYear, long worksWithoutPrimaryTopic, long files) {
}
