package org.meridian.app.insight;

import java.util.List;

import org.meridian.app.WhereClause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of mobility and engagement records per institution, direction or kind, partner country and year, read
 * from the tables of the mobility and engagement capabilities without any personal data. Cancelled mobility is not
 * counted. Callers decide whose counts they may read (see {@link InstitutionFigures}).
 */
@Repository
class JdbcRecordCounts {

    /** Mobility records of one group; {@code year} is the first calendar year of the academic year. */
    record MobilityCount(long tenantId, String direction, String category, String country, int year, long records) {
    }

    /** Engagements of one group; {@code year} is the calendar year of the start date. */
    record EngagementCount(long tenantId, String kind, String role, String country, int year, long records) {
    }

    private final JdbcClient jdbc;

    JdbcRecordCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param tenant one institution, or null for every institution */
    List<MobilityCount> mobility(Long tenant) {
        WhereClause where = new WhereClause().and("cancelled = false").and("tenant_id = ?", tenant);
        return jdbc.sql("select tenant_id, direction, category, country_code, academic_year, count(*) as records"
                + " from mobility_record" + where.sql()
                + " group by tenant_id, direction, category, country_code, academic_year")
                .params(where.params())
                .query((row, number) -> new MobilityCount(row.getLong("tenant_id"), row.getString("direction"),
                        row.getString("category"), row.getString("country_code"), row.getInt("academic_year"),
                        row.getLong("records")))
                .list();
    }

    /** @param tenant one institution, or null for every institution */
    List<EngagementCount> engagements(Long tenant) {
        WhereClause where = new WhereClause().and("tenant_id = ?", tenant);
        return jdbc.sql("select tenant_id, kind, role, country_code, extract(year from start_date) as start_year,"
                + " count(*) as records from engagement" + where.sql()
                + " group by tenant_id, kind, role, country_code, extract(year from start_date)")
                .params(where.params())
                .query((row, number) -> new EngagementCount(row.getLong("tenant_id"), row.getString("kind"),
                        row.getString("role"), row.getString("country_code"), row.getInt("start_year"),
                        row.getLong("records")))
                .list();
    }
}
