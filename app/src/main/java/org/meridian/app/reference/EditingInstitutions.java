package org.meridian.app.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.meridian.core.reference.InstitutionSource;
import org.meridian.core.reference.MeridianInstitutionId;
import org.meridian.core.reference.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add institutions to the registry and correct them. An institution is unique by its name key
 * within its country, and by its OpenAlex and ROR ids. Every change bumps the registry revision (so every
 * instance rebuilds its name index) and is written to the audit log without a tenant.
 */
@Service
public class EditingInstitutions {

    private static final String ENTITY = "reference_institution";
    static final String ADMINISTRATOR = "administrator";

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final Countries countries;
    private final AuditLog auditLog;

    EditingInstitutions(JdbcClient jdbc, Institutions institutions, Countries countries, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.countries = countries;
        this.auditLog = auditLog;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Institution add(InstitutionDraft draft) {
        draft.validate(countries::exists);
        String nameKey = NameKey.of(draft.nameEn());
        refuseDuplicates(null, draft, nameKey);
        String id = MeridianInstitutionId.of(draft.country(), nameKey);
        for (int attempt = 1; institutions.byId(id).isPresent(); attempt++) {
            id = MeridianInstitutionId.alternative(draft.country(), nameKey, attempt);
        }
        jdbc.sql("""
                insert into reference_institution (id, openalex_id, ror_id, name_en, name_key, name_zh, name_zh_source,
                    country_code, type, domains, web_page, sources)
                values (:id, :openalexId, :rorId, :nameEn, :nameKey, :nameZh, :nameZhSource, :country, :type, :domains,
                    :webPage, :sources)""")
                .param("id", id).param("nameKey", nameKey)
                .param("nameZhSource", draft.trimmedNameZh() == null ? null : ADMINISTRATOR)
                .param("sources", InstitutionSource.MERIDIAN.code()).params(columns(draft)).update();
        bumpRevision();
        Institution created = institutions.byId(id).orElseThrow();
        auditLog.recordCreated(null, ENTITY, id, created);
        return created;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Institution change(String id, InstitutionDraft draft) {
        Institution before = institutions.byId(id).orElseThrow(() -> new RecordNotFound("institution", id));
        draft.validate(countries::exists);
        if (draft.version() == null) {
            throw InvalidInput.of("version", "is required: send the version you read");
        }
        String nameKey = NameKey.of(draft.nameEn());
        refuseDuplicates(before.id(), draft, nameKey);
        String nameZhSource = Objects.equals(before.nameZh(), draft.trimmedNameZh()) ? before.nameZhSource()
                : draft.trimmedNameZh() == null ? null : ADMINISTRATOR;
        Set<String> sources = new LinkedHashSet<>(before.sources());
        sources.add(InstitutionSource.MERIDIAN.code());
        int changed = jdbc.sql("""
                update reference_institution set openalex_id = :openalexId, ror_id = :rorId, name_en = :nameEn,
                    name_key = :nameKey, name_zh = :nameZh, name_zh_source = :nameZhSource, country_code = :country,
                    type = :type, domains = :domains, web_page = :webPage, sources = :sources, version = version + 1
                where id = :id and version = :version""")
                .param("id", before.id()).param("version", draft.version()).param("nameKey", nameKey)
                .param("nameZhSource", nameZhSource).param("sources", String.join(";", sources))
                .params(columns(draft)).update();
        if (changed == 0) {
            throw new RecordChangedMeanwhile("institution", before.id(), draft.version());
        }
        bumpRevision();
        Institution after = institutions.byId(before.id()).orElseThrow();
        auditLog.recordChanged(null, ENTITY, before.id(), before, after);
        return after;
    }

    private void refuseDuplicates(String ownId, InstitutionDraft draft, String nameKey) {
        List<String> clashes = new ArrayList<>();
        jdbc.sql("select id from reference_institution where country_code = :country and name_key = :nameKey")
                .param("country", draft.country()).param("nameKey", nameKey).query(String.class).list().stream()
                .filter(other -> !other.equals(ownId)).forEach(other -> clashes.add("the same name in that country as " + other));
        if (draft.shortOpenAlexId() != null) {
            institutions.byOpenAlexId(draft.shortOpenAlexId()).filter(other -> !other.id().equals(ownId))
                    .ifPresent(other -> clashes.add("the OpenAlex id of " + other.id()));
        }
        if (draft.shortRorId() != null) {
            institutions.byRorId(draft.shortRorId()).filter(other -> !other.id().equals(ownId))
                    .ifPresent(other -> clashes.add("the ROR id of " + other.id()));
        }
        if (!clashes.isEmpty()) {
            throw new RuleViolation("institution-exists", "the registry has this institution already: it has "
                    + String.join("; ", clashes));
        }
    }

    private void bumpRevision() {
        jdbc.sql("update reference_institution_revision set revision = revision + 1 where id = 1").update();
    }

    private static java.util.Map<String, Object> columns(InstitutionDraft draft) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("openalexId", draft.shortOpenAlexId());
        columns.put("rorId", draft.shortRorId());
        columns.put("nameEn", draft.nameEn().trim());
        columns.put("nameZh", draft.trimmedNameZh());
        columns.put("country", draft.country());
        columns.put("type", draft.type().trim().toLowerCase(java.util.Locale.ROOT));
        columns.put("domains", draft.domains().isEmpty() ? null : String.join(";", draft.domains()));
        columns.put("webPage", draft.webPage() == null || draft.webPage().isBlank() ? null : draft.webPage().trim());
        return columns;
    }
}
