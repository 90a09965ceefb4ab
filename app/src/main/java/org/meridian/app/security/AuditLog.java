package org.meridian.app.security;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, when, with the record before and after as JSON. Written in the same transaction as the
 * change it describes, so a change without its entry cannot happen.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Tenancy tenancy;

    AuditLog(JdbcClient jdbc, JsonMapper json, Tenancy tenancy) {
        this.jdbc = jdbc;
        this.json = json;
        this.tenancy = tenancy;
    }

    public void recordCreated(Long tenantId, String entityType, Object entityId, Object after) {
        record(tenantId, "created", entityType, String.valueOf(entityId), null, after);
    }

    public void recordChanged(Long tenantId, String entityType, Object entityId, Object before, Object after) {
        record(tenantId, "changed", entityType, String.valueOf(entityId), before, after);
    }

    public void recordDeleted(Long tenantId, String entityType, Object entityId, Object before) {
        record(tenantId, "deleted", entityType, String.valueOf(entityId), before, null);
    }

    public void record(Long tenantId, String action, String entityType, String entityId, Object before, Object after) {
        jdbc.sql("""
                insert into security_audit_entry (tenant_id, actor, action, entity_type, entity_id, at, before_json, after_json)
                values (:tenantId, :actor, :action, :entityType, :entityId, :at, :before, :after)
                """)
                .param("tenantId", tenantId).param("actor", tenancy.currentUsername()).param("action", action)
                .param("entityType", entityType).param("entityId", entityId).param("at", LocalDateTime.now())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** Entries matching the filter, newest first. Null filter values match everything. */
    public Page<AuditEntry> find(AuditFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.tenantId() != null) {
            where.append(" and tenant_id = ?");
            params.add(filter.tenantId());
        }
        if (filter.entityType() != null) {
            where.append(" and entity_type = ?");
            params.add(filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entity_id = ?");
            params.add(filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            params.add(filter.actor());
        }
        long total = jdbc.sql("select count(*) from security_audit_entry" + where).params(params).query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("""
                select id, tenant_id, actor, action, entity_type, entity_id, at, before_json, after_json
                from security_audit_entry""" + where + " order by at desc, id desc" + page.limitOffset())
                .params(params).query(new DataClassRowMapper<>(AuditEntry.class)).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public record AuditEntry(long id, Long tenantId, String actor, String action, String entityType, String entityId,
            LocalDateTime at, String beforeJson, String afterJson) {
    }

    public record AuditFilter(Long tenantId, String entityType, String entityId, String actor) {
    }
}
