package org.meridian.app.agreements;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and changing the current tenant's agreements. After each change the calendar is applied at once, so
 * an agreement recorded as active whose end date has passed is expired from the start. Every change is written
 * to the audit log in its transaction.
 */
@Service
public class RecordingAgreements {

    static final String AUDIT_TYPE = "agreement";

    private final JdbcAgreements agreements;
    private final AgreementValidation validation;
    private final StatusCalendar calendar;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    RecordingAgreements(JdbcAgreements agreements, AgreementValidation validation, StatusCalendar calendar,
            AuditLog auditLog, Tenancy tenancy) {
        this.agreements = agreements;
        this.validation = validation;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    /** Records a new agreement as draft (the default), negotiating or active. */
    @Transactional
    public Agreement register(AgreementInput input) {
        long tenant = tenancy.writableTenant();
        AgreementTerms terms = validation.check(input, false);
        long id = agreements.insert(terms, terms.status(), calendar.today(), null, calendar.now());
        calendar.settle(agreements.require(id));
        Agreement created = agreements.require(id);
        auditLog.recordCreated(tenant, AUDIT_TYPE, id, created);
        return created;
    }

    /**
     * Replaces the agreement's terms (not its status, which changes through transitions); {@code input.version()}
     * must be the version last read.
     */
    @Transactional
    public Agreement revise(long id, AgreementInput input) {
        long tenant = tenancy.writableTenant();
        Agreement before = agreements.require(id);
        AgreementTerms terms = validation.check(input, true);
        if (before.status().inForce() && terms.startDate() == null) {
            throw InvalidInput.of("startDate", "invalid.start-required-in-force",
                    "is required for an agreement in force");
        }
        if (!agreements.update(id, input.version(), terms, calendar.now())) {
            throw new RecordChangedMeanwhile("agreement", id, input.version());
        }
        calendar.settle(agreements.require(id));
        Agreement after = agreements.require(id);
        auditLog.recordChanged(tenant, AUDIT_TYPE, id, before, after);
        return after;
    }
}
