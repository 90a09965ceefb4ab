package org.meridian.app.insight;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province of each home institution ({@code insight_institution_province}), an ISO 3166-2 subdivision code such
 * as {@code CN-GD}: the peer set "institutions in my province" of the scorecard. Officers set their institution's,
 * administrators the one they have chosen; every change is in the audit log.
 */
@Repository
public class InstitutionProvinces {

    private static final String TYPE = "insight-institution-province";

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final AuditLog auditLog;

    InstitutionProvinces(JdbcClient jdbc, Tenancy tenancy, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.auditLog = auditLog;
    }

    /** The recorded province of one institution. */
    public Optional<String> of(long tenantId) {
        return jdbc.sql("select province from insight_institution_province where tenant_id = ?").param(tenantId)
                .query(String.class).optional();
    }

    /** Every institution with a recorded province: tenant id to province. */
    public Map<Long, String> all() {
        Map<Long, String> provinces = new LinkedHashMap<>();
        jdbc.sql("select tenant_id, province from insight_institution_province order by tenant_id")
                .query(row -> {
                    provinces.put(row.getLong("tenant_id"), row.getString("province"));
                });
        return provinces;
    }

    /** Records the province of the institution the current user may change; null or blank removes it. */
    @Transactional
    public Optional<String> set(String province) {
        long tenant = tenancy.writableTenant();
        Optional<String> before = of(tenant);
        if (province == null || province.isBlank()) {
            jdbc.sql("delete from insight_institution_province where tenant_id = ?").param(tenant).update();
            before.ifPresent(old -> auditLog.recordDeleted(tenant, TYPE, tenant, Map.of("province", old)));
            return Optional.empty();
        }
        String code = checked(province);
        if (before.isPresent()) {
            jdbc.sql("update insight_institution_province set province = ?, version = version + 1 where tenant_id = ?")
                    .params(code, tenant).update();
            auditLog.recordChanged(tenant, TYPE, tenant, Map.of("province", before.get()), Map.of("province", code));
        } else {
            jdbc.sql("insert into insight_institution_province (tenant_id, province) values (?, ?)")
                    .params(tenant, code).update();
            auditLog.recordCreated(tenant, TYPE, tenant, Map.of("province", code));
        }
        return Optional.of(code);
    }

    /** An ISO 3166-2 code: country alpha-2, hyphen, one to three letters or digits ({@code CN-GD}, {@code cn-gd}). */
    static String checked(String province) {
        String code = province.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            throw InvalidInput.of("province", "write an ISO 3166-2 subdivision code, e.g. CN-GD for Guangdong");
        }
        return code;
    }
}
