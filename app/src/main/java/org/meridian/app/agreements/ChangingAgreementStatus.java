package org.meridian.app.agreements;

import java.util.ArrayList;
import java.util.List;

import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.core.agreements.AgreementLifecycle;
import org.meridian.core.agreements.AgreementRules;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.IllegalTransition;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes of the current tenant's agreements: those asked for by hand, checked against
 * {@link AgreementLifecycle}, and those the calendar calls for ({@link #refresh()}).
 */
@Service
public class ChangingAgreementStatus {

    private final JdbcAgreements agreements;
    private final StatusCalendar calendar;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    ChangingAgreementStatus(JdbcAgreements agreements, StatusCalendar calendar, AuditLog auditLog, Tenancy tenancy) {
        this.agreements = agreements;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    /**
     * Moves the agreement to {@code to} by hand, then applies the calendar (activating an agreement that ends
     * within the expiring window makes it expiring at once).
     *
     * @param expectedVersion the version read, checked when not null
     * @throws RuleViolation (409) when the lifecycle does not allow the change
     */
    @Transactional
    public Agreement transition(long id, AgreementStatus to, Integer expectedVersion) {
        long tenant = tenancy.writableTenant();
        Agreement before = agreements.require(id);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new RecordChangedMeanwhile("agreement", id, expectedVersion);
        }
        try {
            AgreementLifecycle.check(before.status(), to, TransitionKind.BY_HAND);
        }
        catch (IllegalTransition illegal) {
            throw new RuleViolation("agreement.illegal-transition", illegal.getMessage());
        }
        if (to.inForce() && !AgreementRules.checkInForce(before.startDate()).isEmpty()) {
            throw new RuleViolation("agreement.incomplete", "an agreement needs a start date to be " + to.code()
                    + "; set startDate first");
        }
        if (!agreements.updateStatus(id, before.version(), before.status(), to, calendar.today(), calendar.now())) {
            throw new RecordChangedMeanwhile("agreement", id, before.version());
        }
        calendar.settle(agreements.require(id));
        Agreement after = agreements.require(id);
        auditLog.record(tenant, "status-changed", RecordingAgreements.AUDIT_TYPE, String.valueOf(id), before, after);
        return after;
    }

    /**
     * Applies the calendar to every agreement of the tenant that is in force: expiring within the window before
     * its end date, expired after it, active again when its end date moved out of the window.
     */
    @Transactional
    public List<StatusChange> refresh() {
        long tenant = tenancy.writableTenant();
        List<StatusChange> changes = new ArrayList<>();
        for (Agreement candidate : agreements.inForceWithEndDate()) {
            if (calendar.window().dueStatus(candidate.status(), candidate.endDate(), calendar.today())
                    == candidate.status()) {
                continue;
            }
            Agreement before = agreements.require(candidate.id());
            calendar.settle(before).ifPresent(change -> {
                changes.add(change);
                auditLog.record(tenant, "status-changed", RecordingAgreements.AUDIT_TYPE, String.valueOf(before.id()),
                        before, agreements.require(before.id()));
            });
        }
        return changes;
    }
}
