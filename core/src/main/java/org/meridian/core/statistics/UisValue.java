package org.meridian.core.statistics;

/**
 * One UIS observation.
 *
 * @param geoUnit the UIS geo unit as in the file: ISO alpha-3 for a country, a label such as
 *                {@code AIMS: East Asia} for an aggregate
 * @param alpha2  ISO alpha-2 of the country, null for an aggregate
 * @param value   the value, {@code NaN} when UIS marks it not applicable (magnitude NA)
 */
public record UisValue(UisIndicator indicator, String geoUnit, String alpha2, int year, double value,
        UisQualifier qualifier) {

    public boolean isAggregate() {
        return alpha2 == null;
    }
}
