package org.meridian.core.landscape;

/** A work shown as evidence of a unit's strength in a field: among its most cited for its field and year. */
public record ExampleWork(String workId, int year, String fieldId, int citedByCount, double ncs) {
}
