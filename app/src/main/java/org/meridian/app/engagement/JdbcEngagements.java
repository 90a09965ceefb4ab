package org.meridian.app.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.WhereClause;
import org.meridian.app.security.Tenancy;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.vocabulary.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Engagements in the {@code engagement} table; every statement is confined to the tenant {@link Tenancy} names. */
@Repository
class JdbcEngagements {

    static final String TYPE = "engagement";

    private static final String COLUMNS = """
            id, version, organisation_code, organisation_name, partner_id, kind, role, title, start_date, end_date,
            country_code, outcome, evidence_url, notes, updated_at""";
    private static final Map<String, String> SORTABLE = Map.of("startDate", "start_date", "endDate", "end_date",
            "title", "title", "organisation", "organisation_name", "kind", "kind", "role", "role", "country",
            "country_code", "id", "id");

    private final JdbcClient jdbc;
    private final Tenancy tenancy;

    JdbcEngagements(JdbcClient jdbc, Tenancy tenancy) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
    }

    long add(ValidEngagement engagement) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        parameters(jdbc.sql("""
                insert into engagement (tenant_id, organisation_code, organisation_name, partner_id, kind, role, title,
                    start_date, end_date, country_code, outcome, evidence_url, notes)
                values (:tenant, :organisationCode, :organisationName, :partnerId, :kind, :role, :title, :startDate,
                    :endDate, :country, :outcome, :evidenceUrl, :notes)
                """), engagement, tenancy.writableTenant()).update(key, "id");
        return key.getKey().longValue();
    }

    void replace(long id, int version, ValidEngagement engagement) {
        long tenant = tenancy.writableTenant();
        int changed = parameters(jdbc.sql("""
                update engagement set organisation_code = :organisationCode, organisation_name = :organisationName,
                    partner_id = :partnerId, kind = :kind, role = :role, title = :title, start_date = :startDate,
                    end_date = :endDate, country_code = :country, outcome = :outcome, evidence_url = :evidenceUrl,
                    notes = :notes, updated_at = :now, version = version + 1
                where id = :id and tenant_id = :tenant and version = :version
                """), engagement, tenant).param("now", LocalDateTime.now()).param("id", id)
                .param("version", version).update();
        if (changed == 0) {
            throw missingOrChanged(id, version, tenant);
        }
    }

    void remove(long id, Integer version) {
        long tenant = tenancy.writableTenant();
        int removed = jdbc.sql("delete from engagement where id = :id and tenant_id = :tenant"
                + (version == null ? "" : " and version = :version")).param("id", id).param("tenant", tenant)
                .params(version == null ? Map.of() : Map.of("version", version)).update();
        if (removed == 0) {
            throw version == null ? new RecordNotFound(TYPE, id) : missingOrChanged(id, version, tenant);
        }
    }

    Optional<Engagement> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from engagement where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenancy.readableTenant()).query(JdbcEngagements::engagement)
                .optional();
    }

    Page<Engagement> find(EngagementFilter filter, PageQuery page) {
        WhereClause where = new WhereClause().and("tenant_id = ?", tenancy.readableTenant())
                .and("kind = ?", code(filter.kind()))
                .and("role = ?", code(filter.role()))
                .and("country_code = ?", filter.country())
                .and("partner_id = ?", filter.partnerId())
                .and("(end_date is null or end_date >= ?)", filter.from())
                .and("start_date <= ?", filter.to());
        if (filter.standing() != null) {
            List<String> roles = Arrays.stream(EngagementRole.values())
                    .filter(role -> role.standing() == filter.standing()).map(EngagementRole::code).toList();
            where.and("role in (" + String.join(", ", roles.stream().map(role -> "?").toList()) + ")",
                    roles.toArray());
        }
        if (filter.organisation() != null) {
            where.and("(lower(organisation_code) = lower(?) or lower(organisation_name) like ? escape '\\')",
                    filter.organisation(), WhereClause.containing(filter.organisation()));
        }
        if (filter.text() != null) {
            String pattern = WhereClause.containing(filter.text());
            where.and("(lower(title) like ? escape '\\' or lower(organisation_name) like ? escape '\\'"
                    + " or lower(outcome) like ? escape '\\')", pattern, pattern, pattern);
        }
        long total = jdbc.sql("select count(*) from engagement" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Engagement> items = jdbc.sql("select " + COLUMNS + " from engagement" + where.sql()
                + page.orderBy(SORTABLE, "start_date") + page.limitOffset()).params(where.params())
                .query(JdbcEngagements::engagement).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private RuntimeException missingOrChanged(long id, int version, long tenant) {
        boolean exists = jdbc.sql("select count(*) from engagement where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenant).query(Long.class).single() > 0;
        return exists ? new RecordChangedMeanwhile(TYPE, id, version) : new RecordNotFound(TYPE, id);
    }

    private static JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement, ValidEngagement engagement,
            long tenant) {
        return statement.param("tenant", tenant).param("organisationCode", engagement.organisationCode())
                .param("organisationName", engagement.organisationName()).param("partnerId", engagement.partnerId())
                .param("kind", engagement.kind().code()).param("role", engagement.role().code())
                .param("title", engagement.title()).param("startDate", engagement.startDate())
                .param("endDate", engagement.endDate()).param("country", engagement.country())
                .param("outcome", engagement.outcome()).param("evidenceUrl", engagement.evidenceUrl())
                .param("notes", engagement.notes());
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static Engagement engagement(ResultSet row, int number) throws SQLException {
        long partner = row.getLong("partner_id");
        Long partnerId = row.wasNull() ? null : partner;
        EngagementRole role = Coded.byCode(EngagementRole.class, row.getString("role")).orElseThrow();
        return new Engagement(row.getLong("id"), row.getInt("version"), row.getString("organisation_code"),
                row.getString("organisation_name"), partnerId,
                Coded.byCode(EngagementKind.class, row.getString("kind")).orElseThrow(), role, role.standing(),
                row.getString("title"), row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class), row.getString("country_code"), row.getString("outcome"),
                row.getString("evidence_url"), row.getString("notes"), row.getObject("updated_at", LocalDateTime.class));
    }
}
