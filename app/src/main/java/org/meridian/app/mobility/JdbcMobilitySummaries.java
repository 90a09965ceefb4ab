package org.meridian.app.mobility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.KeptAnswers;
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
 * administrators. A summary is kept until the records change ({@link MobilityChanges}) and for at most
 * {@link #KEPT} (for changes made by another instance on the same database), for at most {@link #SUMMARIES_KEPT}
 * ranges at a time: every dashboard view asks for the same two.
 */
@Repository
class JdbcMobilitySummaries {

    static final Duration KEPT = Duration.ofMinutes(1);
    static final int SUMMARIES_KEPT = 256;

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final MobilityChanges changes;
    private final KeptAnswers<Question, MobilitySummary> kept = new KeptAnswers<>(SUMMARIES_KEPT);

    JdbcMobilitySummaries(JdbcClient jdbc, Tenancy tenancy, MobilityChanges changes) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.changes = changes;
    }

    /** A range of one tenant (null: all) at a version of the records, within one period of {@link #KEPT}. */
    private record Question(Long tenant, LocalDate from, LocalDate to, long version, long period) {
    }

    MobilitySummary ofReadableTenant(LocalDate from, LocalDate to) {
        return kept(tenancy.readableTenant(), from, to);
    }

    MobilitySummary acrossTenants(LocalDate from, LocalDate to) {
        Role role = tenancy.currentUser().role();
        if (role != Role.ANALYST && role != Role.ADMIN) {
            throw new AccessDeniedException("only analysts and administrators count across institutions");
        }
        return kept(null, from, to);
    }

    private MobilitySummary kept(Long tenant, LocalDate from, LocalDate to) {
        Question question = new Question(tenant, from, to, changes.version(), System.nanoTime() / KEPT.toNanos());
        return kept.get(question, () -> summary(tenant, from, to));
    }

    /**
     * One scan: the records grouped by every dimension at once (a few hundred groups for an institution's five
     * years), rolled up here into the total and the six breakdowns. Seven grouped scans took most of a dashboard's
     * time on H2.
     *
     * @param tenant the tenant counted, or null for all tenants
     */
    private MobilitySummary summary(Long tenant, LocalDate from, LocalDate to) {
        WhereClause where = new WhereClause().and("cancelled = false").and("tenant_id = ?", tenant)
                .and("start_date >= ?", from).and("start_date <= ?", to);
        String dimensions = "academic_year, country_code, substring(isced_field from 1 for 2), category,"
                + " isced_level, funding, direction";
        String sql = "select academic_year, country_code, substring(isced_field from 1 for 2) as broad_field,"
                + " category, isced_level, funding, direction, count(*) as records from mobility_record"
                + where.sql() + " group by " + dimensions;
        Tally total = new Tally();
        Tally byYear = new Tally();
        Tally byCountry = new Tally();
        Tally byField = new Tally();
        Tally byCategory = new Tally();
        Tally byLevel = new Tally();
        Tally byFunding = new Tally();
        jdbc.sql(sql).params(where.params()).query(row -> {
            boolean inbound = "inbound".equals(row.getString("direction"));
            long records = row.getLong("records");
            int level = row.getInt("isced_level");
            String levelKey = row.wasNull() ? null : Integer.toString(level);
            total.add(null, inbound, records);
            byYear.add(new AcademicYear(row.getInt("academic_year")).toString(), inbound, records);
            byCountry.add(row.getString("country_code"), inbound, records);
            byField.add(row.getString("broad_field"), inbound, records);
            byCategory.add(row.getString("category"), inbound, records);
            byLevel.add(levelKey, inbound, records);
            byFunding.add(row.getString("funding"), inbound, records);
        });
        List<MobilitySummary.Count> totals = total.counts();
        return new MobilitySummary(tenant == null ? "all" : "tenant", tenant, from, to,
                totals.isEmpty() ? new MobilitySummary.Count(null, 0, 0, 0) : totals.get(0),
                byYear.counts(), byCountry.counts(), byField.counts(), byCategory.counts(), byLevel.counts(),
                byFunding.counts());
    }

    /** Inbound and outbound records per group key (null is a key of its own, sorted last). */
    private static final class Tally {

        private final Map<String, long[]> byKey = new HashMap<>();

        void add(String key, boolean inbound, long records) {
            byKey.computeIfAbsent(key, unused -> new long[2])[inbound ? 0 : 1] += records;
        }

        List<MobilitySummary.Count> counts() {
            return byKey.entrySet().stream()
                    .map(entry -> new MobilitySummary.Count(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                            entry.getValue()[0] + entry.getValue()[1]))
                    .sorted(Comparator.comparing(MobilitySummary.Count::key,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }
}
