package org.meridian.app.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.core.agreements.AgreementLifecycle;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.ExpiringWindow;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.stereotype.Component;

/**
 * Today's date from the application's {@link Clock}, and the statuses that follow from it: an agreement in force
 * is {@code expiring} within the window before its end date and {@code expired} after it.
 */
@Component
class StatusCalendar {

    private final JdbcAgreements agreements;
    private final ExpiringWindow window;
    private final Clock clock;

    StatusCalendar(JdbcAgreements agreements, AgreementSettings settings, Clock clock) {
        this.agreements = agreements;
        this.window = settings.expiringWindow();
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    ExpiringWindow window() {
        return window;
    }

    /** Moves the agreement to the status the calendar calls for today, when that differs from its status. */
    Optional<StatusChange> settle(Agreement agreement) {
        LocalDate today = today();
        AgreementStatus due = window.dueStatus(agreement.status(), agreement.endDate(), today);
        if (due == agreement.status()) {
            return Optional.empty();
        }
        AgreementLifecycle.check(agreement.status(), due, TransitionKind.BY_CALENDAR);
        if (!agreements.updateStatus(agreement.id(), agreement.version(), agreement.status(), due, today, now())) {
            throw new RecordChangedMeanwhile("agreement", agreement.id(), agreement.version());
        }
        return Optional.of(new StatusChange(agreement.id(), agreement.status(), due, TransitionKind.BY_CALENDAR));
    }
}
