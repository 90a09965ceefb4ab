package org.meridian.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.meridian.core.statistics.NationalNote;

/**
 * A country's national view as the API returns it. Every section names its {@link StatisticsSource} by id; the
 * sources, with their as-of dates, are listed in {@code sources}. Absent values are null, never 0.
 *
 * @param groupsAsOf          the date on which group membership (OECD, Belt and Road) is taken
 * @param fieldActivity       the field activity index against the world
 * @param notes               what the data cannot say for this country: each note's English {@code text} and its
 *                            message {@code code} ({@code insight.national.note.*})
 * @param scorecardIndicators every indicator of the scorecard: the country's value from the statistics, or why
 *                            there is none
 */
public record NationalViewReport(CountryInfo country, LocalDate groupsAsOf, List<StatisticsSource> sources,
        Mobility mobility, Partners inboundStudentPartners, Partners outboundStudentPartners,
        Coauthorship coauthorship, FieldActivity fieldActivity, List<NationalNote> notes,
        List<ScorecardIndicator> scorecardIndicators) {

    /**
     * The country's works by OpenAlex field (all years) against the world's: activity index = country's share of
     * the field / world's share, 1 the world's profile. {@code fields} is empty for the countries without field
     * counts (32 countries have them).
     */
    public record FieldActivity(String source, List<FieldRow> fields) {
    }

    public record FieldRow(String fieldId, String name, long works, double share, double worldShare,
            Double activityIndex) {
    }

    /**
     * One scorecard indicator for a country.
     *
     * @param value   the value the countries' scorecard uses, null when there is none
     * @param source  the statistics it comes from ({@code uis}, {@code openalex}), null without a value
     * @param whyNone why there is no value (English and Chinese), null with one
     */
    public record ScorecardIndicator(String id, String pillar, String nameEn, String nameZh, String unit, Double value,
            String source, String whyNoneEn, String whyNoneZh) {
    }

    /** A country with its groups: names in English and Chinese, UN M49 region and sub-region. */
    public record CountryInfo(String alpha2, String alpha3, String nameEn, String nameZh, String region,
            String subregion, boolean oecdMember, boolean beltAndRoad) {
    }

    /**
     * UIS mobile students per year; rates as published.
     *
     * @param source     source of the counts ({@code uis})
     * @param rateSource source of the rates ({@code owid})
     */
    public record Mobility(String source, String rateSource, List<MobilityRow> years) {
    }

    /**
     * @param outbound derived: inbound minus net flow (UIS definition of net flow), null unless both are published
     * @param inboundQualifier {@code REPORTED}, {@code UIS_ESTIMATE} or {@code NATIONAL_ESTIMATE}, null if absent
     */
    public record MobilityRow(int year, Double inbound, Double outbound, Double netFlow, String inboundQualifier,
            String netFlowQualifier, Double inboundRatePercent, Double outboundRatioPercent) {
    }

    /** Partner countries per year from one source. */
    public record Partners(String source, List<PartnerRow> years) {
    }

    /**
     * @param total            total over all partner countries in the data that year
     * @param partnerCountries partners with a positive count
     * @param groupShares      share of the total with each group's members (the country itself excluded)
     */
    public record PartnerRow(int year, double total, int partnerCountries, List<Partner> top,
            Map<String, Double> groupShares) {
    }

    /** @param share the count's share of the row's base (stated by the section) */
    public record Partner(String alpha2, String nameEn, String nameZh, double count, Double share) {
    }

    /**
     * Internationally co-authored works per year; top partners' share is of the country's international works,
     * group shares are of partner links (a work with k partner countries counts k times).
     */
    public record Coauthorship(String source, List<CoauthorshipRow> years) {
    }

    public record CoauthorshipRow(int year, Long internationalWorks, Double shareOfOutput, int partnerCountries,
            long partnerLinks, List<Partner> top, Map<String, Double> groupShares) {
    }
}
