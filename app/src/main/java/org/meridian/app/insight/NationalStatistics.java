package org.meridian.app.insight;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.statistics.FieldActivity;
import org.meridian.core.statistics.ShippedStatistics;
import org.springframework.stereotype.Component;

/**
 * The national reference statistics shipped with Meridian (UNESCO UIS, OECD, Our World in Data, OpenAlex co-authorship
 * and works by field), read
 * once on first use and kept: reading takes about a second. The partner groups are taken from the country table
 * the statistics ship with ({@code countries.csv}): OECD members and Belt and Road cooperation documents on
 * {@link #GROUPS_AS_OF}, the end of the latest year the statistics cover.
 */
@Component
public class NationalStatistics {

    /** Group membership is taken on this date. */
    public static final LocalDate GROUPS_AS_OF = LocalDate.of(2023, 12, 31);
    /** The group of OECD member countries. */
    public static final String OECD = "OECD";
    /** The group of countries with a Belt and Road cooperation document (China included). */
    public static final String BELT_AND_ROAD = "BRI";

    private static final List<StatisticsSource> SOURCES = List.of(
            new StatisticsSource("uis", "UNESCO Institute for Statistics (UIS)",
                    "Inbound internationally mobile tertiary students (26637) and net flow (MENF.5T8), data browser "
                            + "February 2025 release",
                    LocalDate.of(2025, 2, 23), "CC BY-SA 3.0 IGO", ShippedStatistics.UIS),
            new StatisticsSource("owid", "UNESCO UIS via Our World in Data",
                    "Inbound mobility rate and outbound mobility ratio (% of tertiary enrolment)",
                    LocalDate.of(2026, 3, 12), "CC BY 4.0 (data: CC BY-SA 3.0 IGO)",
                    ShippedStatistics.INBOUND_RATES + ", " + ShippedStatistics.OUTBOUND_RATIOS),
            new StatisticsSource("oecd", "OECD",
                    "International students by country of origin, EDU_ENRL_MOBILE 2013-2019 (tertiary estimate)",
                    LocalDate.of(2022, 7, 9), "OECD terms, attribution", ShippedStatistics.OECD_FLOWS),
            new StatisticsSource("openalex", "OpenAlex (counts by V. Batagelj, bavla/OpenAlex)",
                    "Internationally co-authored works by country and country pair, 1990-2023, full counting",
                    LocalDate.of(2024, 8, 27), "CC0", ShippedStatistics.COAUTHORED_PAIRS + ", "
                            + ShippedStatistics.INTERNATIONAL_WORKS),
            new StatisticsSource("openalex-fields", "OpenAlex (ourresearch/openalex-topic-classification, v2 changes)",
                    "Works by field of the primary topic, all years, the world and 32 countries, topic model v2",
                    LocalDate.of(2026, 10, 5), "CC0", ShippedStatistics.WORLD_FIELDS + ", "
                            + ShippedStatistics.COUNTRY_FIELDS));

    private volatile ShippedStatistics statistics;
    private volatile FieldActivity fieldActivity;
    private volatile Map<String, Set<String>> groups;

    public ShippedStatistics statistics() {
        ShippedStatistics loaded = statistics;
        if (loaded == null) {
            synchronized (this) {
                loaded = statistics;
                if (loaded == null) {
                    loaded = ShippedStatistics.load();
                    Map<String, Set<String>> named = new LinkedHashMap<>();
                    named.put(OECD, loaded.countries().oecdMembersOn(GROUPS_AS_OF));
                    named.put(BELT_AND_ROAD, loaded.countries().beltAndRoadOn(GROUPS_AS_OF));
                    groups = Map.copyOf(named);
                    statistics = loaded;
                }
            }
        }
        return loaded;
    }

    /** OECD and Belt and Road countries (alpha-2) on {@link #GROUPS_AS_OF}, by group name. */
    public Map<String, Set<String>> groups() {
        statistics();
        Map<String, Set<String>> ordered = new LinkedHashMap<>();
        ordered.put(OECD, groups.get(OECD));
        ordered.put(BELT_AND_ROAD, groups.get(BELT_AND_ROAD));
        return ordered;
    }

    /** Works by field for the world and 32 countries, read on first use. */
    public FieldActivity fieldActivity() {
        FieldActivity loaded = fieldActivity;
        if (loaded == null) {
            loaded = FieldActivity.shipped();
            fieldActivity = loaded;
        }
        return loaded;
    }

    public List<StatisticsSource> sources() {
        return SOURCES;
    }
}
