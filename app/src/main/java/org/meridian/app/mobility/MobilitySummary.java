package org.meridian.app.mobility;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of mobility records by direction, without any personal data: in total, by academic year, by country,
 * by ISCED-F broad field, by category, by ISCED level of students (5 to 8) and by funding. A record is counted once, in the academic year and range in which it
 * starts; cancelled records are not counted.
 *
 * @param scope    {@code tenant} (one institution) or {@code all} (every institution)
 * @param tenantId the institution counted, null for scope {@code all}
 * @param from     first start date counted, null for no limit
 * @param to       last start date counted, null for no limit
 */
public record MobilitySummary(String scope, Long tenantId, LocalDate from, LocalDate to, Count total,
        List<Count> byAcademicYear, List<Count> byCountry, List<Count> byIscedBroadField, List<Count> byCategory,
        List<Count> byIscedLevel, List<Count> byFunding) {

    public MobilitySummary {
        byAcademicYear = List.copyOf(byAcademicYear);
        byCountry = List.copyOf(byCountry);
        byIscedBroadField = List.copyOf(byIscedBroadField);
        byCategory = List.copyOf(byCategory);
        byIscedLevel = List.copyOf(byIscedLevel);
        byFunding = List.copyOf(byFunding);
    }

    /**
     * The records of one group.
     *
     * @param key the group: academic year {@code 2024/2025}, ISO alpha-2 country, 2-digit ISCED-F broad field
     *            (null for records without a field), category code, ISCED level ({@code 5}..{@code 8}, null for
     *            staff and scholars) or funding code; null for the total
     */
    public record Count(String key, long inbound, long outbound, long total) {
    }
}
