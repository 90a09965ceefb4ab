package org.meridian.core.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.scorecard.BilingualText;
import org.meridian.core.scorecard.IndicatorTable;

/**
 * The scorecard indicators that the shipped national statistics can fill for countries:
 * <ul>
 * <li>{@code inbound_students}: UIS inbound mobile students in the given year, or if UIS has no value for it, in the
 * latest of the {@code yearsBack} years before (the usual "latest available year" rule; e.g. the United States have
 * no 2022 value and take 2021's);</li>
 * <li>{@code partner_countries}: countries with at least {@code minimumWorks} co-authored works with the country in
 * the publication year (OpenAlex pairs);</li>
 * <li>{@code partner_regions}: distinct UN M49 sub-regions of those partner countries.</li>
 * </ul>
 * Every other indicator of the tree stays missing (no national source ships for it). A country without a value in
 * the source is missing, not 0.
 */
public final class NationalIndicators {

    public static final List<String> FILLED = List.of("inbound_students", "partner_countries", "partner_regions");

    /**
     * Why each other indicator of the scorecard has no national value in the shipped statistics, in English and
     * Chinese, by indicator id (checked against every file listed in the statistics' {@code SOURCE.md}).
     */
    public static final Map<String, BilingualText> WITHOUT_NATIONAL_SOURCE = Map.ofEntries(
            Map.entry("intl_coauthored_share", new BilingualText("Needs each country's total output per year; the "
                    + "shipped OpenAlex counts give international works per year only (total output is shipped for 32 "
                    + "countries as all-year field totals, which cannot be divided by one year's international works).",
                    "需要各国每年的成果总数；随附的 OpenAlex 数据只有每年的国际合著成果数（32 个国家的总成果仅为各学科多年合计，"
                            + "不能与单一年份的国际合著数相除）。")),
            Map.entry("intl_coauthored_mncs", citations()),
            Map.entry("mncs", citations()),
            Map.entry("pp_top10", citations()),
            Map.entry("frontier_activity", new BilingualText("Needs the country's works per research topic; the "
                    + "shipped field counts (26 fields, 32 countries) are coarser than frontier topics.",
                    "需要各国按研究主题统计的成果；随附的学科统计（26 个学科、32 个国家）比前沿主题粗。")),
            Map.entry("top_partner_agreements", institutional("agreements", "合作协议")),
            Map.entry("io_seats", institutional("seats in international organisations", "国际组织任职")),
            Map.entry("io_contributions", institutional("policy and standard contributions", "政策与标准贡献")),
            Map.entry("conferences_hosted", institutional("conferences hosted", "主办国际会议")),
            Map.entry("pp_int_collab_led", new BilingualText("Needs corresponding authors; the shipped country counts "
                    + "do not say who led a work.", "需要通讯作者信息；随附的国家合著统计不含牵头方。")),
            Map.entry("programmes_adopted_abroad", institutional("programmes and courses abroad", "境外项目与课程")));

    private NationalIndicators() {
    }

    private static BilingualText citations() {
        return new BilingualText("Needs the citations of the country's works; the shipped co-authorship counts carry "
                + "none. The analytics store gives it once the country's works are ingested (Publication indicators).",
                "需要各国成果的被引次数；随附的合著统计不含引文。导入该国成果后可由分析库计算（见出版物指标）。");
    }

    private static BilingualText institutional(String english, String chinese) {
        return new BilingualText("Counted from institutions' own records (" + english + "); no national statistics "
                + "of it ship with Meridian.", "由各机构自身记录统计（" + chinese + "）；Meridian 未随附相应的国家统计。");
    }

    public static IndicatorTable table(ShippedStatistics statistics, Collection<String> countries, int studentYear,
            int yearsBack, int publicationYear, long minimumWorks) {
        Map<String, Double> inbound = new HashMap<>();
        Map<String, Integer> inboundYear = new HashMap<>();
        for (UisValue value : statistics.uis().countries()) {
            boolean inWindow = value.year() <= studentYear && value.year() >= studentYear - yearsBack;
            if (value.indicator() == UisIndicator.INBOUND && inWindow && !Double.isNaN(value.value())
                    && value.year() > inboundYear.getOrDefault(value.alpha2(), Integer.MIN_VALUE)) {
                inbound.put(value.alpha2(), value.value());
                inboundYear.put(value.alpha2(), value.year());
            }
        }
        Set<String> publishing = new HashSet<>();
        statistics.internationalWorks().records().stream().filter(works -> works.year() == publicationYear)
                .forEach(works -> publishing.add(works.country()));
        Map<String, Set<String>> partners = new HashMap<>();
        for (CoauthoredWorks pair : statistics.coauthoredWorks().records()) {
            if (pair.year() == publicationYear && pair.works() >= minimumWorks) {
                partners.computeIfAbsent(pair.countryA(), key -> new HashSet<>()).add(pair.countryB());
                partners.computeIfAbsent(pair.countryB(), key -> new HashSet<>()).add(pair.countryA());
            }
        }
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (String country : countries) {
            Map<String, Double> row = new HashMap<>();
            if (inbound.containsKey(country)) {
                row.put("inbound_students", inbound.get(country));
            }
            if (publishing.contains(country)) {
                Set<String> partnerCountries = partners.getOrDefault(country, Set.of());
                Set<String> regions = new HashSet<>();
                partnerCountries.forEach(partner -> statistics.countries().byAlpha2(partner)
                        .filter(found -> !found.subregion().isEmpty()).ifPresent(found -> regions.add(found.subregion())));
                row.put("partner_countries", (double) partnerCountries.size());
                row.put("partner_regions", (double) regions.size());
            }
            rows.put(country, row);
        }
        return IndicatorTable.of(FILLED, rows);
    }
}
