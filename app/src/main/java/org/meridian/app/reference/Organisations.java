package org.meridian.app.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.AuditLog;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * International organisations. Everyone reads them; only administrators add or change them, and every change is
 * written to the audit log (tenant: none, as reference data belongs to no institution).
 */
@Repository
public class Organisations {

    private static final String ENTITY = "reference_organisation";

    private final JdbcClient jdbc;
    private final CountryGroups groups;
    private final AuditLog auditLog;

    Organisations(JdbcClient jdbc, CountryGroups groups, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.auditLog = auditLog;
    }

    /** What an administrator sends to add or change an organisation. */
    public record OrganisationDraft(String code, String nameEn, String nameZh, String kind, String website,
            String parentCode, String countryGroupCode, Integer version) {
    }

    /** All organisations, or those of one kind, by code. */
    public List<Organisation> all(String kind) {
        return jdbc.sql("select * from reference_organisation where :kind is null or kind = :kind order by code")
                .param("kind", kind == null || kind.isBlank() ? null : kind.trim(), java.sql.Types.VARCHAR)
                .query(new DataClassRowMapper<>(Organisation.class)).list();
    }

    public Optional<Organisation> byCode(String code) {
        return jdbc.sql("select * from reference_organisation where code = :code")
                .param("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .query(new DataClassRowMapper<>(Organisation.class))
                .optional();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation add(OrganisationDraft draft) {
        String code = draft.code() == null ? null : draft.code().trim().toUpperCase(Locale.ROOT);
        validate(draft, code, true);
        if (byCode(code).isPresent()) {
            throw new RuleViolation("organisation-exists", "an organisation with code " + code + " exists already");
        }
        jdbc.sql("""
                insert into reference_organisation (code, name_en, name_zh, kind, website, parent_code, country_group_code)
                values (:code, :nameEn, :nameZh, :kind, :website, :parent, :group)""")
                .param("code", code).params(columns(draft)).update();
        Organisation created = byCode(code).orElseThrow();
        auditLog.recordCreated(null, ENTITY, code, created);
        return created;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation change(String code, OrganisationDraft draft) {
        Organisation before = byCode(code).orElseThrow(() -> new RecordNotFound("organisation", code));
        validate(draft, before.code(), false);
        if (draft.version() == null) {
            throw InvalidInput.of("version", "is required: send the version you read");
        }
        if (before.code().equals(upper(draft.parentCode()))) {
            throw InvalidInput.of("parentCode", "an organisation cannot be its own parent");
        }
        int changed = jdbc.sql("""
                update reference_organisation set name_en = :nameEn, name_zh = :nameZh, kind = :kind, website = :website,
                    parent_code = :parent, country_group_code = :group, version = version + 1
                where code = :code and version = :version""")
                .param("code", before.code()).param("version", draft.version()).params(columns(draft)).update();
        if (changed == 0) {
            throw new RecordChangedMeanwhile("organisation", before.code(), draft.version());
        }
        Organisation after = byCode(before.code()).orElseThrow();
        auditLog.recordChanged(null, ENTITY, before.code(), before, after);
        return after;
    }

    private static java.util.Map<String, Object> columns(OrganisationDraft draft) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("nameEn", draft.nameEn().trim());
        columns.put("nameZh", blankToNull(draft.nameZh()));
        columns.put("kind", draft.kind().trim());
        columns.put("website", blankToNull(draft.website()));
        columns.put("parent", upper(draft.parentCode()));
        columns.put("group", upper(draft.countryGroupCode()));
        return columns;
    }

    private void validate(OrganisationDraft draft, String code, boolean creating) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (creating && (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,31}"))) {
            errors.add(new InvalidInput.FieldError("code", "2 to 32 letters, digits or hyphens, e.g. UNESCO-IIEP"));
        }
        ReferenceText.require(errors, "nameEn", draft.nameEn(), 300);
        ReferenceText.limit(errors, "nameZh", draft.nameZh(), 200);
        if (draft.kind() == null || !Organisation.KINDS.contains(draft.kind().trim())) {
            errors.add(new InvalidInput.FieldError("kind", "one of " + String.join(", ", Organisation.KINDS)));
        }
        ReferenceText.webAddress(errors, "website", draft.website(), 300);
        String parent = upper(draft.parentCode());
        if (parent != null && byCode(parent).isEmpty()) {
            errors.add(new InvalidInput.FieldError("parentCode", "no organisation has the code " + parent));
        }
        String group = upper(draft.countryGroupCode());
        if (group != null && groups.byCode(group).isEmpty()) {
            errors.add(new InvalidInput.FieldError("countryGroupCode", "no country group has the code " + group));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
