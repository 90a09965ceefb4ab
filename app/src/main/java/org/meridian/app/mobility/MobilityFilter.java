package org.meridian.app.mobility;

import java.time.LocalDate;

import org.meridian.core.mobility.AcademicYear;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityStatus;

/**
 * Which mobility records to list; a null criterion matches every record.
 *
 * @param region     UN M49 region or sub-region code of the country, e.g. {@code 150} (Europe)
 * @param iscedField an ISCED-F code and every field below it: {@code 06} matches 061, 0613 and 06 itself
 * @param from       records still running on or after this day (end date on or after it)
 * @param to         records begun on or before this day (start date on or before it)
 * @param status     as derived on the day of the query
 * @param text       part of the programme name, or, for readers who may see personal data, of the person's
 *                   family or given name (case ignored)
 * @param startsFrom records starting on or after this day (as {@link MobilitySummary} counts them)
 * @param startsTo   records starting on or before this day
 */
public record MobilityFilter(Direction direction, MobilityCategory category, String country, String region,
        Long partnerId, Long agreementId, String iscedField, Funding funding, AcademicYear academicYear,
        LocalDate from, LocalDate to, MobilityStatus status, String text, LocalDate startsFrom,
        LocalDate startsTo) {

    public static MobilityFilter none() {
        return new MobilityFilter(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
