package org.meridian.core.mobility;

import java.time.LocalDate;

import org.meridian.core.vocabulary.Coded;

/**
 * Where a mobility stands. Only {@link #CANCELLED} is recorded; the others follow from the dates and the day
 * one asks, so no job has to move records from one status to the next:
 * <ul>
 * <li>planned: today is before the start date;</li>
 * <li>ongoing: today is between the start and end dates, both included;</li>
 * <li>completed: today is after the end date;</li>
 * <li>cancelled: someone cancelled it, whatever the dates.</li>
 * </ul>
 */
public enum MobilityStatus implements Coded {
    PLANNED("planned"),
    ONGOING("ongoing"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String code;

    MobilityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static MobilityStatus of(LocalDate start, LocalDate end, boolean cancelled, LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (today.isBefore(start)) {
            return PLANNED;
        }
        return today.isAfter(end) ? COMPLETED : ONGOING;
    }
}
