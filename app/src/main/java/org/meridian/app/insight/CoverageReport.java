package org.meridian.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How much of a group of countries (Belt and Road, OECD, or all) a home institution or a country reaches: per
 * measure, the share of the group's countries (the home country itself excluded, optionally one UN M49 region) with
 * an active agreement, with mobility, with co-publications. A measure without a source yet is marked unavailable
 * and its values are null, never 0.
 *
 * @param group     {@code BRI}, {@code OECD} or {@code all}
 * @param region    the UN M49 region filtered to, null for all regions
 * @param regions   the regions the group's countries are in, for a filter
 * @param years     coverage per year: share and count of member countries covered, by measure id; null where the
 *                  measure has no source or its source reports nothing for that year (not 0)
 * @param countries each member country with what covers it in the period {@code fromYear..toYear}
 * @param notes     which countries are the group's members: each note's English {@code text}, its message
 *                  {@code code} ({@code insight.coverage.note.*}) and the message's {@code arguments}
 */
public record CoverageReport(String scope, String unitId, String unitName, String group, String region,
        List<String> regions, LocalDate groupsAsOf, int memberCount, Integer fromYear, Integer toYear,
        List<Measure> measures, List<YearRow> years, List<CountryRow> countries, List<InsightNote> notes) {

    /** @param id {@code agreement}, {@code mobility} or {@code copublication} */
    public record Measure(String id, String nameEn, String nameZh, String source, boolean available) {
    }

    public record YearRow(int year, Map<String, Double> shares, Map<String, Integer> counts) {
    }

    /**
     * @param covered per measure, whether some year of the period covers the country (null: measure unavailable)
     * @param measuresCovered how many measures cover it
     */
    public record CountryRow(String alpha2, String alpha3, String nameEn, String nameZh, String region,
            String subregion, Map<String, Boolean> covered, int measuresCovered) {
    }
}
