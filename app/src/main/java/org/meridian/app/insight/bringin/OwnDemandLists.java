package org.meridian.app.insight.bringin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.core.gaps.DemandList;
import org.meridian.core.landscape.FieldLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's own demand list: the OpenAlex subfields it wants to grow in, with where the list comes
 * from. The gap analysis marks them high demand next to the national list; saving replaces the list.
 */
@Repository
public class OwnDemandLists {

    static final String NAME = "Own demand list";
    private static final String TYPE = "insight_demand_list";
    private static final int MAX_FIELDS = 252;

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final AuditLog auditLog;

    OwnDemandLists(JdbcClient jdbc, Tenancy tenancy, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.auditLog = auditLog;
    }

    /**
     * @param source   where the list comes from, as its editors stated it
     * @param fieldIds OpenAlex subfield ids, sorted
     */
    public record OwnDemandList(String source, List<String> fieldIds, String savedBy, Instant savedAt) {

        public OwnDemandList {
            fieldIds = List.copyOf(fieldIds);
        }

        /** The list as the gap analysis reads it: one area named after the list, at subfield level. */
        DemandList demandList() {
            return DemandList.of(NAME, source, FieldLevel.SUBFIELD, fieldIds);
        }
    }

    /** The tenant's list, when it has saved one. */
    public Optional<OwnDemandList> current() {
        long tenant = tenancy.readableTenant();
        return jdbc.sql("select source, saved_by, saved_at from insight_demand_list where tenant_id = ?").param(tenant)
                .query((row, n) -> new OwnDemandList(row.getString("source"), fields(tenant), row.getString("saved_by"),
                        row.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    /** Replaces the tenant's list; subfield ids are four digits, the source says where the list comes from. */
    @Transactional
    public OwnDemandList save(String source, List<String> fieldIds) {
        String stated = source == null ? "" : source.trim();
        if (stated.isEmpty() || stated.length() > 500) {
            throw InvalidInput.of("source", "say where the list comes from, in at most 500 characters");
        }
        Set<String> fields = new LinkedHashSet<>();
        for (String id : fieldIds == null ? List.<String>of() : fieldIds) {
            String field = id == null ? "" : id.trim();
            if (!field.matches("\\d{4}")) {
                throw InvalidInput.of("fields", "'" + field + "' is not an OpenAlex subfield id (four digits, e.g. 1702)");
            }
            fields.add(field);
        }
        if (fields.size() > MAX_FIELDS) {
            throw InvalidInput.of("fields", "at most " + MAX_FIELDS + " subfields");
        }
        long tenant = tenancy.writableTenant();
        Optional<OwnDemandList> before = current();
        String user = tenancy.currentUsername();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("delete from insight_demand_field where tenant_id = ?").param(tenant).update();
        if (before.isPresent()) {
            jdbc.sql("update insight_demand_list set source = ?, saved_by = ?, saved_at = ? where tenant_id = ?")
                    .params(stated, user, now, tenant).update();
        } else {
            jdbc.sql("insert into insight_demand_list (tenant_id, source, saved_by, saved_at) values (?, ?, ?, ?)")
                    .params(tenant, stated, user, now).update();
        }
        for (String field : fields) {
            jdbc.sql("insert into insight_demand_field (tenant_id, field_id) values (?, ?)").params(tenant, field).update();
        }
        OwnDemandList saved = new OwnDemandList(stated, new ArrayList<>(fields), user, now.toInstant());
        if (before.isPresent()) {
            auditLog.recordChanged(tenant, TYPE, tenant, before.get(), saved);
        } else {
            auditLog.recordCreated(tenant, TYPE, tenant, saved);
        }
        return saved;
    }

    private List<String> fields(long tenant) {
        return jdbc.sql("select field_id from insight_demand_field where tenant_id = ? order by field_id").param(tenant)
                .query(String.class).list();
    }
}
