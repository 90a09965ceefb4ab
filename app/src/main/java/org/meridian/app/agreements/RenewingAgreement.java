package org.meridian.app.agreements;

import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.core.agreements.AgreementLifecycle;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.IllegalTransition;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing an agreement: a successor is created (draft or active, with its own dates) and linked to its
 * predecessor, which becomes {@code renewed}. Active, expiring and expired agreements can be renewed, each only
 * once.
 */
@Service
public class RenewingAgreement {

    private final JdbcAgreements agreements;
    private final AgreementValidation validation;
    private final StatusCalendar calendar;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    RenewingAgreement(JdbcAgreements agreements, AgreementValidation validation, StatusCalendar calendar,
            AuditLog auditLog, Tenancy tenancy) {
        this.agreements = agreements;
        this.validation = validation;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    /** @return the successor */
    @Transactional
    public Agreement renew(long id, RenewalInput input) {
        long tenant = tenancy.writableTenant();
        Agreement predecessor = agreements.require(id);
        if (input.version() != null && input.version() != predecessor.version()) {
            throw new RecordChangedMeanwhile("agreement", id, input.version());
        }
        if (predecessor.successorId() != null) {
            throw new RuleViolation("agreement.illegal-transition", "agreement " + id + " is already renewed by"
                    + " agreement " + predecessor.successorId());
        }
        try {
            AgreementLifecycle.check(predecessor.status(), AgreementStatus.RENEWED, TransitionKind.BY_RENEWAL);
        }
        catch (IllegalTransition illegal) {
            throw new RuleViolation("agreement.illegal-transition", illegal.getMessage());
        }
        AgreementTerms terms = validation.checkRenewal(predecessor, input);
        long successorId = agreements.insert(terms, terms.status(), calendar.today(), id, calendar.now());
        if (!agreements.updateStatus(id, predecessor.version(), predecessor.status(), AgreementStatus.RENEWED,
                calendar.today(), calendar.now())) {
            throw new RecordChangedMeanwhile("agreement", id, predecessor.version());
        }
        calendar.settle(agreements.require(successorId));
        Agreement successor = agreements.require(successorId);
        auditLog.record(tenant, "renewed", RecordingAgreements.AUDIT_TYPE, String.valueOf(id), predecessor,
                agreements.require(id));
        auditLog.recordCreated(tenant, RecordingAgreements.AUDIT_TYPE, successorId, successor);
        return successor;
    }
}
