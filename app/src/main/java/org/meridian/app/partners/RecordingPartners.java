package org.meridian.app.partners;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, changing and deleting the current tenant's partners. Each change is checked, refused when it would
 * duplicate a partner (same OpenAlex id, ROR id, organisation code, or same name and country while no
 * registry id tells them apart), and written to the audit log in its transaction.
 */
@Service
public class RecordingPartners {

    static final String AUDIT_TYPE = "partner";

    private final JdbcPartners partners;
    private final PartnerValidation validation;
    private final ObjectProvider<PartnerUsage> usages;
    private final AuditLog auditLog;
    private final Tenancy tenancy;
    private final Clock clock;

    RecordingPartners(JdbcPartners partners, PartnerValidation validation, ObjectProvider<PartnerUsage> usages,
            AuditLog auditLog, Tenancy tenancy, Clock clock) {
        this.partners = partners;
        this.validation = validation;
        this.usages = usages;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    @Transactional
    public Partner register(PartnerInput input) {
        long tenant = tenancy.writableTenant();
        PartnerFields fields = validation.check(input, false);
        refuseDuplicate(fields, null);
        long id;
        try {
            id = partners.insert(fields, LocalDateTime.now(clock));
        }
        catch (DuplicateKeyException race) {
            throw savedMeanwhile();
        }
        Partner created = partners.require(id);
        auditLog.recordCreated(tenant, AUDIT_TYPE, id, created);
        return created;
    }

    /** Replaces the partner's fields; {@code input.version()} must be the version last read. */
    @Transactional
    public Partner revise(long id, PartnerInput input) {
        long tenant = tenancy.writableTenant();
        Partner before = partners.require(id);
        PartnerFields fields = validation.check(input, true);
        refuseDuplicate(fields, id);
        boolean updated;
        try {
            updated = partners.update(id, input.version(), fields, LocalDateTime.now(clock));
        }
        catch (DuplicateKeyException race) {
            throw savedMeanwhile();
        }
        if (!updated) {
            throw new RecordChangedMeanwhile("partner", id, input.version());
        }
        Partner after = partners.require(id);
        auditLog.recordChanged(tenant, AUDIT_TYPE, id, before, after);
        return after;
    }

    /** Deletes the partner, unless records of any capability still refer to it. */
    @Transactional
    public void remove(long id) {
        long tenant = tenancy.writableTenant();
        Partner before = partners.require(id);
        List<String> uses = usages.orderedStream()
                .map(usage -> {
                    long count = usage.countReferences(tenant, id);
                    return count == 0 ? null : usage.describe(count);
                })
                .filter(Objects::nonNull).toList();
        if (!uses.isEmpty()) {
            throw new RuleViolation("partner.in-use", before.name() + " (partner " + id + ") cannot be deleted while"
                    + " it is referred to by " + String.join(" and ", uses));
        }
        if (!partners.delete(id)) {
            throw new RecordNotFound("partner", id);
        }
        auditLog.recordDeleted(tenant, AUDIT_TYPE, id, before);
    }

    private void refuseDuplicate(PartnerFields fields, Long excludingId) {
        partners.sameAs(fields, excludingId).ifPresent(existing -> {
            String key;
            if (fields.openalexId() != null && fields.openalexId().equals(existing.openalexId())) {
                key = "OpenAlex id " + existing.openalexId();
            }
            else if (fields.rorId() != null && fields.rorId().equals(existing.rorId())) {
                key = "ROR id " + existing.rorId();
            }
            else if (fields.organisationCode() != null
                    && fields.organisationCode().equalsIgnoreCase(existing.organisationCode())) {
                key = "organisation code " + existing.organisationCode();
            }
            else {
                key = "the same name" + (existing.country() == null ? "" : " in " + existing.country());
            }
            throw new RuleViolation("partner.duplicate", "this partner is already recorded: " + existing.name()
                    + " (partner " + existing.id() + ") has " + key + "; change that partner instead");
        });
    }

    private static RuleViolation savedMeanwhile() {
        return new RuleViolation("partner.duplicate", "a partner with the same OpenAlex or ROR id was saved"
                + " meanwhile; reload the list");
    }
}
