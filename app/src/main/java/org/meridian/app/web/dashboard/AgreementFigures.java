package org.meridian.app.web.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.meridian.app.PageQuery;
import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.Agreements;
import org.meridian.core.agreements.AgreementStatus;

/**
 * The agreement figures of the dashboard.
 *
 * @param active agreements in force: status {@code active} or {@code expiring}
 * @param activeLink the agreement list behind {@code active}
 * @param windowDays the expiring window: days before its end date from which an agreement is expiring
 * @param expiring the agreements in force ending within the window, soonest first, at most {@link #SHOWN}
 * @param expiringTotal how many agreements in force end within the window
 * @param expiringLink the agreement list behind {@code expiringTotal}
 */
public record AgreementFigures(long active, String activeLink, int windowDays, List<Ending> expiring, long expiringTotal,
        String expiringLink) {

    static final int SHOWN = 8;

    /** One agreement ending soon; {@code daysLeft} counts from today to its end date (0 on the last day). */
    public record Ending(long id, String title, LocalDate endDate, long daysLeft) {
    }

    /** Whether the institution has no agreement in force and none ending soon. */
    public boolean isEmpty() {
        return active == 0 && expiringTotal == 0;
    }

    static AgreementFigures of(Agreements agreements, int windowDays, LocalDate today) {
        long active = agreements.find(new AgreementFilter(null, null,
                EnumSet.of(AgreementStatus.ACTIVE, AgreementStatus.EXPIRING), null, null, null, null, null),
                PageQuery.of(0, 1, null)).total();
        var ending = agreements.find(new AgreementFilter(null, null, java.util.Set.of(), null, null, null, windowDays,
                null), PageQuery.of(0, SHOWN, "endDate"));
        List<Ending> expiring = ending.items().stream().map(agreement -> new Ending(agreement.id(), agreement.title(),
                agreement.endDate(), ChronoUnit.DAYS.between(today, agreement.endDate()))).toList();
        return new AgreementFigures(active, "/agreements?status=active,expiring", windowDays, expiring, ending.total(),
                "/agreements?expiring=" + windowDays + "&sort=endDate");
    }
}
