package org.meridian.app.mobility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the mobility record of the current tenant: create, read, replace, delete, list and count. Every change
 * is in the audit log in the same transaction. The audit log keeps the record without the person's details and
 * names the personal fields that changed, never their values, so that deleting a record erases the person.
 */
@Service
public class MobilityRecords {

    private final JdbcMobilities mobilities;
    private final JdbcMobilitySummaries summaries;
    private final MobilityValidation validation;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    MobilityRecords(JdbcMobilities mobilities, JdbcMobilitySummaries summaries, MobilityValidation validation,
            AuditLog auditLog, Tenancy tenancy) {
        this.mobilities = mobilities;
        this.summaries = summaries;
        this.validation = validation;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    /** Records a new mobility; refused with 409 when the tenant has one with the same natural key. */
    @Transactional
    public Mobility create(MobilityDraft draft) {
        long tenant = tenancy.writableTenant();
        ValidMobility mobility = validation.validate(draft);
        refuseDuplicate(mobility, null);
        long id;
        try {
            id = mobilities.add(mobility);
        }
        catch (DuplicateKeyException raced) {
            // another request stored the same mobility since the check; PostgreSQL allows no further reading now
            throw duplicate(null);
        }
        Mobility created = get(id);
        auditLog.recordCreated(tenant, JdbcMobilities.TYPE, id, audited(created, null));
        return created;
    }

    /**
     * Stores a checked mobility by its natural key, for imports: creates it when the tenant has no record with
     * that key, else replaces that record (whoever changed it last). Audited like {@link #create} and
     * {@link #replace}; runs in the caller's transaction.
     *
     * @return true when a record was created, false when one was replaced
     */
    boolean store(ValidMobility mobility) {
        long tenant = tenancy.writableTenant();
        Optional<Long> existing = mobilities.idByNaturalKey(mobility.naturalKey(), null);
        if (existing.isEmpty()) {
            long id = mobilities.add(mobility);
            auditLog.recordCreated(tenant, JdbcMobilities.TYPE, id, audited(get(id), null));
            return true;
        }
        long id = existing.get();
        Mobility before = get(id);
        mobilities.replace(id, before.version(), mobility);
        Mobility after = get(id);
        auditLog.recordChanged(tenant, JdbcMobilities.TYPE, id, before.withoutPerson(), audited(after, before));
        return false;
    }

    public Mobility get(long id) {
        return mobilities.byId(id).orElseThrow(() -> new RecordNotFound(JdbcMobilities.TYPE, id));
    }

    /** Replaces a record with the draft, which carries the version read (optimistic locking). */
    @Transactional
    public Mobility replace(long id, MobilityDraft draft) {
        long tenant = tenancy.writableTenant();
        if (draft.version() == null) {
            throw InvalidInput.of("version", "invalid.version-required",
                    "is required: the version of the record you read");
        }
        Mobility before = get(id);
        ValidMobility mobility = validation.validate(draft);
        refuseDuplicate(mobility, id);
        try {
            mobilities.replace(id, draft.version(), mobility);
        }
        catch (DuplicateKeyException raced) {
            throw duplicate(null);
        }
        Mobility after = get(id);
        auditLog.recordChanged(tenant, JdbcMobilities.TYPE, id, before.withoutPerson(), audited(after, before));
        return after;
    }

    /** Deletes a record and its person; with a version, only if nobody changed it since. */
    @Transactional
    public void delete(long id, Integer version) {
        long tenant = tenancy.writableTenant();
        Mobility before = get(id);
        mobilities.remove(id, version);
        auditLog.recordDeleted(tenant, JdbcMobilities.TYPE, id, audited(before, null));
    }

    public Page<Mobility> find(MobilityFilter filter, PageQuery page) {
        return mobilities.find(filter, page);
    }

    /** Counts of the current tenant's mobility starting between {@code from} and {@code to} (null: unbounded). */
    public MobilitySummary summary(LocalDate from, LocalDate to) {
        return summaries.ofReadableTenant(from, to);
    }

    /** The same counts over every tenant, for analysts and administrators. */
    public MobilitySummary summaryAcrossTenants(LocalDate from, LocalDate to) {
        return summaries.acrossTenants(from, to);
    }

    private void refuseDuplicate(ValidMobility mobility, Long exceptId) {
        mobilities.idByNaturalKey(mobility.naturalKey(), exceptId).ifPresent(existing -> {
            throw duplicate(existing);
        });
    }

    private static RuleViolation duplicate(Long existing) {
        return new RuleViolation("mobility.duplicate", "this mobility is already recorded"
                + (existing == null ? "" : " as mobility " + existing)
                + ": same direction, person, start date and country");
    }

    /**
     * What the audit log keeps of a mobility: the record without the person, and the names of the personal
     * fields set (created, deleted) or changed (replaced).
     */
    record AuditedMobility(Mobility mobility, List<String> personalFieldsChanged) {
    }

    private static AuditedMobility audited(Mobility mobility, Mobility before) {
        return new AuditedMobility(mobility.withoutPerson(),
                mobility.person().fieldsDifferingFrom(before == null ? null : before.person()));
    }
}
