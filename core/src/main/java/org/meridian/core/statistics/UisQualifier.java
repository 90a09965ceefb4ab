package org.meridian.core.statistics;

/** How UIS qualifies a value: as reported, a UIS estimate ({@code UIS_EST}) or a national estimate ({@code NAT_EST}). */
public enum UisQualifier {
    REPORTED, UIS_ESTIMATE, NATIONAL_ESTIMATE
}
