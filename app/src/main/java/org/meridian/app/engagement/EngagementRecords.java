package org.meridian.app.engagement;

import org.meridian.app.InvalidInput;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the current tenant's engagements with international organisations and institutions abroad: create,
 * read, replace, delete and list. Every change is in the audit log in the same transaction.
 */
@Service
public class EngagementRecords {

    private final JdbcEngagements engagements;
    private final EngagementValidation validation;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    EngagementRecords(JdbcEngagements engagements, EngagementValidation validation, AuditLog auditLog,
            Tenancy tenancy) {
        this.engagements = engagements;
        this.validation = validation;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    @Transactional
    public Engagement create(EngagementDraft draft) {
        long tenant = tenancy.writableTenant();
        long id = engagements.add(validation.validate(draft));
        Engagement created = get(id);
        auditLog.recordCreated(tenant, JdbcEngagements.TYPE, id, created);
        return created;
    }

    public Engagement get(long id) {
        return engagements.byId(id).orElseThrow(() -> new RecordNotFound(JdbcEngagements.TYPE, id));
    }

    /** Replaces an engagement with the draft, which carries the version read (optimistic locking). */
    @Transactional
    public Engagement replace(long id, EngagementDraft draft) {
        long tenant = tenancy.writableTenant();
        if (draft.version() == null) {
            throw InvalidInput.of("version", "invalid.version-required",
                    "is required: the version of the record you read");
        }
        Engagement before = get(id);
        engagements.replace(id, draft.version(), validation.validate(draft));
        Engagement after = get(id);
        auditLog.recordChanged(tenant, JdbcEngagements.TYPE, id, before, after);
        return after;
    }

    /** Deletes an engagement; with a version, only if nobody changed it since. */
    @Transactional
    public void delete(long id, Integer version) {
        long tenant = tenancy.writableTenant();
        Engagement before = get(id);
        engagements.remove(id, version);
        auditLog.recordDeleted(tenant, JdbcEngagements.TYPE, id, before);
    }

    public Page<Engagement> find(EngagementFilter filter, PageQuery page) {
        return engagements.find(filter, page);
    }
}
