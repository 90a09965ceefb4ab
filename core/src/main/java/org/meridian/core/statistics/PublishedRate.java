package org.meridian.core.statistics;

/**
 * A published mobility rate in percent for a country or aggregate and year (UIS data as charted by Our World in
 * Data): the inbound mobility rate (international students as % of tertiary enrolment in the country) or the
 * outbound mobility ratio (the country's students abroad as % of its tertiary enrolment).
 *
 * @param code   the file's code: ISO alpha-3 for countries, e.g. {@code OWID_WRL} or {@code WB_EAP} for aggregates
 * @param alpha2 ISO alpha-2, null for an aggregate
 */
public record PublishedRate(String entity, String code, String alpha2, int year, double percent) {
}
