package org.meridian.core.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a person spends at the host, both ends included.
 *
 * @param start first day at the host
 * @param end   last day at the host, on or after {@code start}
 */
public record MobilityPeriod(LocalDate start, LocalDate end) {

    public MobilityPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a mobility period needs a start and an end date");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a mobility period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Calendar days at the host, counting both the first and the last day: 1 to 1 September is 1 day. */
    public long durationDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The academic year in which the mobility starts; a mobility is counted in that year. */
    public AcademicYear startingAcademicYear() {
        return AcademicYear.containing(start);
    }

    public MobilityStatus status(boolean cancelled, LocalDate today) {
        return MobilityStatus.of(start, end, cancelled, today);
    }
}
