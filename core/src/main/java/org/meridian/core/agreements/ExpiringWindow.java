package org.meridian.core.agreements;

import java.time.LocalDate;

/**
 * The days before its end date during which an agreement in force is {@code expiring}. With a window of
 * {@code d} days, an agreement ending on day {@code E} is expiring from {@code E − d} up to and including
 * {@code E}, and expired from {@code E + 1}. An agreement without an end date never expires.
 *
 * @param days length of the window, 0 or more (0: expiring only on its last day)
 */
public record ExpiringWindow(int days) {

    public static final int DEFAULT_DAYS = 180;

    public ExpiringWindow {
        if (days < 0) {
            throw new IllegalArgumentException("the expiring window cannot be negative: " + days);
        }
    }

    /** The first day on which an agreement ending on {@code end} is expiring. */
    public LocalDate opensOn(LocalDate end) {
        return end.minusDays(days);
    }

    /**
     * The status the calendar calls for on {@code today}. Only agreements in force ({@code active},
     * {@code expiring}) follow the calendar; every other status, and any agreement without an end date,
     * stays as it is.
     */
    public AgreementStatus dueStatus(AgreementStatus current, LocalDate end, LocalDate today) {
        if (!current.inForce() || end == null) {
            return current;
        }
        if (today.isAfter(end)) {
            return AgreementStatus.EXPIRED;
        }
        return today.isBefore(opensOn(end)) ? AgreementStatus.ACTIVE : AgreementStatus.EXPIRING;
    }
}
