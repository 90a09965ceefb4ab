package org.meridian.core.agreements;

/**
 * How many people an agreement foresees moving in one academic year, in one direction, of one category.
 *
 * @param people number of people, 1 or more
 * @param monthsPerPerson planned months per person (e.g. 5 for a semester), or null when the agreement
 *        does not say
 */
public record MobilityQuota(AcademicYear academicYear, MobilityDirection direction, MobilityCategory category,
        int people, Integer monthsPerPerson) {
}
