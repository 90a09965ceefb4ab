package org.meridian.app.mobility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.meridian.app.WhereClause;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.core.mobility.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Counts of {@code mobility_record} rows grouped by a column and direction; it reads no personal data. Whose
 * records are counted follows from {@link Tenancy}: the readable tenant's, or every tenant's for analysts and
 * administrators.
 */
@Repository
class JdbcMobilitySummaries {

    private final JdbcClient jdbc;
    private final Tenancy tenancy;

    JdbcMobilitySummaries(JdbcClient jdbc, Tenancy tenancy) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
    }

    MobilitySummary ofReadableTenant(LocalDate from, LocalDate to) {
        return summary(tenancy.readableTenant(), from, to);
    }

    MobilitySummary acrossTenants(LocalDate from, LocalDate to) {
        Role role = tenancy.currentUser().role();
        if (role != Role.ANALYST && role != Role.ADMIN) {
            throw new AccessDeniedException("only analysts and administrators count across institutions");
        }
        return summary(null, from, to);
    }

    /** @param tenant the tenant counted, or null for all tenants */
    private MobilitySummary summary(Long tenant, LocalDate from, LocalDate to) {
        List<MobilitySummary.Count> total = count(null, tenant, from, to, UnaryOperator.identity());
        return new MobilitySummary(tenant == null ? "all" : "tenant", tenant, from, to,
                total.isEmpty() ? new MobilitySummary.Count(null, 0, 0, 0) : total.get(0),
                count("academic_year", tenant, from, to, year -> new AcademicYear(Integer.parseInt(year)).toString()),
                count("country_code", tenant, from, to, UnaryOperator.identity()),
                count("substring(isced_field from 1 for 2)", tenant, from, to, UnaryOperator.identity()),
                count("category", tenant, from, to, UnaryOperator.identity()),
                count("cast(isced_level as varchar(1))", tenant, from, to, UnaryOperator.identity()),
                count("funding", tenant, from, to, UnaryOperator.identity()));
    }

    /** @param group a column or expression of this class's own, never caller input; null for one group of all */
    private List<MobilitySummary.Count> count(String group, Long tenant, LocalDate from, LocalDate to,
            UnaryOperator<String> label) {
        WhereClause where = new WhereClause().and("cancelled = false").and("tenant_id = ?", tenant)
                .and("start_date >= ?", from).and("start_date <= ?", to);
        String sql = "select " + (group == null ? "null" : group) + " as bucket, direction, count(*) as records"
                + " from mobility_record" + where.sql() + " group by " + (group == null ? "" : group + ", ") + "direction";
        Map<String, long[]> byBucket = new LinkedHashMap<>();
        jdbc.sql(sql).params(where.params()).query(row -> {
            long[] counts = byBucket.computeIfAbsent(row.getString("bucket"), bucket -> new long[2]);
            counts["inbound".equals(row.getString("direction")) ? 0 : 1] += row.getLong("records");
        });
        return byBucket.entrySet().stream()
                .map(entry -> new MobilitySummary.Count(entry.getKey() == null ? null : label.apply(entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1], entry.getValue()[0] + entry.getValue()[1]))
                .sorted(Comparator.comparing(MobilitySummary.Count::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
