package org.meridian.app.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.meridian.app.RecordNotFound;
import org.meridian.core.scorecard.BilingualText;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.Pillar;
import org.meridian.core.statistics.Country;
import org.meridian.core.statistics.CountryDirectory;
import org.meridian.core.statistics.NationalIndicators;
import org.meridian.core.statistics.NationalProfile;
import org.meridian.core.statistics.NationalView;
import org.meridian.core.statistics.PartnerCount;
import org.meridian.core.statistics.PartnerYear;
import org.meridian.core.statistics.UisQualifier;
import org.springframework.stereotype.Service;

/**
 * The national view of any country from the shipped statistics ({@link NationalView}): mobile students in and out,
 * published rates, top partner countries of students and of co-authorship per year, OECD and Belt and Road shares,
 * and the import reports of the statistics.
 */
@Service
public class NationalViews {

    /** How many top partners are listed per year. */
    public static final int TOP_PARTNERS = 10;

    private final NationalStatistics statistics;

    NationalViews(NationalStatistics statistics) {
        this.statistics = statistics;
    }

    /** The view of a country by ISO alpha-2 code (case ignored); 404 for a code the statistics do not know. */
    public NationalViewReport of(String alpha2) {
        String code = alpha2 == null ? "" : alpha2.trim().toUpperCase(Locale.ROOT);
        CountryDirectory countries = statistics.statistics().countries();
        Country country = countries.byAlpha2(code).orElseThrow(() -> new RecordNotFound("country", code));
        NationalProfile profile = NationalView.of(code, statistics.statistics(), statistics.groups(), TOP_PARTNERS,
                Map.of());
        return new NationalViewReport(info(country), NationalStatistics.GROUPS_AS_OF, statistics.sources(),
                new NationalViewReport.Mobility("uis", "owid", profile.mobility().stream()
                        .map(year -> new NationalViewReport.MobilityRow(year.year(), value(year.inbound()),
                                value(year.outbound()), value(year.netFlow()), name(year.inboundQualifier()),
                                name(year.netFlowQualifier()), value(year.inboundRatePercent()),
                                value(year.outboundRatioPercent())))
                        .toList()),
                new NationalViewReport.Partners("oecd", partners(profile.inboundStudentPartners(), countries)),
                new NationalViewReport.Partners("oecd", partners(profile.outboundStudentPartners(), countries)),
                new NationalViewReport.Coauthorship("openalex", profile.coauthorship().stream()
                        .map(year -> new NationalViewReport.CoauthorshipRow(year.year(),
                                year.internationalWorks().isPresent() ? year.internationalWorks().getAsLong() : null,
                                value(year.shareOfOutput()), year.partnerCountries(), year.partnerLinks(),
                                top(year.top(), countries), finite(year.groupShares())))
                        .toList()),
                new NationalViewReport.FieldActivity("openalex-fields", statistics.fieldActivity().of(code)
                        .map(fields -> fields.stream().map(field -> new NationalViewReport.FieldRow(field.fieldId(),
                                field.name(), field.works(), field.share(), field.worldShare(),
                                finite(field.activityIndex()))).toList())
                        .orElse(List.of())),
                profile.notes(), scorecardIndicators(code));
    }

    /** The scorecard's indicators for one country: the values the countries' scorecard uses, or why none ships. */
    private List<NationalViewReport.ScorecardIndicator> scorecardIndicators(String alpha2) {
        IndicatorTable values = NationalIndicators.table(statistics.statistics(), List.of(alpha2),
                Scorecards.STUDENT_YEAR, 2, Scorecards.PUBLICATION_YEAR, Scorecards.MINIMUM_COAUTHORED_WORKS);
        List<NationalViewReport.ScorecardIndicator> indicators = new ArrayList<>();
        for (Pillar pillar : Scorecards.tree().pillars()) {
            for (Indicator indicator : pillar.indicators()) {
                boolean filled = NationalIndicators.FILLED.contains(indicator.id());
                double value = filled ? values.value(alpha2, indicator.id()) : Double.NaN;
                BilingualText why = !filled ? NationalIndicators.WITHOUT_NATIONAL_SOURCE.get(indicator.id())
                        : Double.isNaN(value) ? noValue(indicator.id()) : null;
                indicators.add(new NationalViewReport.ScorecardIndicator(indicator.id(), pillar.id(),
                        indicator.name().english(), indicator.name().chinese(), indicator.unit(), finite(value),
                        Double.isNaN(value) ? null : "inbound_students".equals(indicator.id()) ? "uis" : "openalex",
                        why == null ? null : why.english(), why == null ? null : why.chinese()));
            }
        }
        return indicators;
    }

    private static BilingualText noValue(String indicator) {
        return "inbound_students".equals(indicator)
                ? new BilingualText("UIS publishes no inbound figure for this country in " + (Scorecards.STUDENT_YEAR
                        - 2) + "-" + Scorecards.STUDENT_YEAR + ".", "UIS 未公布该国 " + (Scorecards.STUDENT_YEAR - 2)
                                + "-" + Scorecards.STUDENT_YEAR + " 年的入境学生数。")
                : new BilingualText("OpenAlex counts no internationally co-authored work of this country in "
                        + Scorecards.PUBLICATION_YEAR + ".", "OpenAlex 未统计到该国 " + Scorecards.PUBLICATION_YEAR
                                + " 年的国际合著成果。");
    }

    /** Every country of the statistics, for pickers: alpha-2, English and Chinese names. */
    public List<NationalViewReport.CountryInfo> countries() {
        return statistics.statistics().countries().countries().stream().map(NationalViews::info).toList();
    }

    /** What the import of each shipped file read and met (aggregates, renamed or unmapped names, missing years). */
    public List<StatisticsImport> importReports() {
        return statistics.statistics().reports().stream().map(StatisticsImport::of).toList();
    }

    static NationalViewReport.CountryInfo info(Country country) {
        return new NationalViewReport.CountryInfo(country.alpha2(), country.alpha3(), country.nameEnglish(),
                country.nameChinese(), country.region(), country.subregion(),
                country.oecdMemberOn(NationalStatistics.GROUPS_AS_OF),
                country.beltAndRoadOn(NationalStatistics.GROUPS_AS_OF));
    }

    private static List<NationalViewReport.PartnerRow> partners(List<PartnerYear> years, CountryDirectory countries) {
        return years.stream().map(year -> new NationalViewReport.PartnerRow(year.year(), year.total(),
                year.partnerCountries(), top(year.top(), countries), finite(year.groupShares()))).toList();
    }

    private static List<NationalViewReport.Partner> top(List<PartnerCount> top, CountryDirectory countries) {
        return top.stream().map(partner -> {
            Country country = countries.byAlpha2(partner.partner()).orElse(null);
            return new NationalViewReport.Partner(partner.partner(),
                    country == null ? partner.partner() : country.nameEnglish(),
                    country == null ? partner.partner() : country.nameChinese(), partner.count(),
                    finite(partner.share()));
        }).toList();
    }

    /** Shares as given, an undefined share (no base) as null. */
    static Map<String, Double> finite(Map<String, Double> shares) {
        Map<String, Double> kept = new LinkedHashMap<>();
        shares.forEach((group, share) -> kept.put(group, finite(share)));
        return kept;
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static String name(UisQualifier qualifier) {
        return qualifier == null ? null : qualifier.name();
    }
}
