package org.meridian.app.agreements;

import java.util.List;
import java.util.Objects;

import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an agreement with its documents. Refused while records of other capabilities refer to it
 * ({@link AgreementUsage}) and for agreements in a renewal chain, which are the cooperation's history: terminate
 * those instead.
 */
@Service
public class RemovingAgreement {

    private final JdbcAgreements agreements;
    private final AgreementDocuments documents;
    private final ObjectProvider<AgreementUsage> usages;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    RemovingAgreement(JdbcAgreements agreements, AgreementDocuments documents, ObjectProvider<AgreementUsage> usages,
            AuditLog auditLog, Tenancy tenancy) {
        this.agreements = agreements;
        this.documents = documents;
        this.usages = usages;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    @Transactional
    public void remove(long id) {
        long tenant = tenancy.writableTenant();
        Agreement before = agreements.require(id);
        if (before.successorId() != null) {
            throw new RuleViolation("agreement.in-renewal-chain", "agreement " + id + " is renewed by agreement "
                    + before.successorId() + " and cannot be deleted: it is part of the cooperation's history");
        }
        if (before.predecessorId() != null) {
            throw new RuleViolation("agreement.in-renewal-chain", "agreement " + id + " renews agreement "
                    + before.predecessorId() + " and cannot be deleted; terminate it instead");
        }
        List<String> uses = usages.orderedStream().map(usage -> {
            long count = usage.countReferences(tenant, id);
            return count == 0 ? null : usage.describe(count);
        }).filter(Objects::nonNull).toList();
        if (!uses.isEmpty()) {
            throw new RuleViolation("agreement.in-use", "agreement " + id + " cannot be deleted while it is"
                    + " referred to by " + String.join(" and ", uses));
        }
        documents.removeAllOf(id);
        if (!agreements.delete(id)) {
            throw new RecordNotFound("agreement", id);
        }
        auditLog.recordDeleted(tenant, RecordingAgreements.AUDIT_TYPE, id, before);
    }
}
