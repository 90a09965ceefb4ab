package org.meridian.app.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.security.Tenancy;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.PartyRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Agreements in the {@code agreement} table and its children (parties, fields, academic years, quotas, written by
 * {@link AgreementChildren}). Every statement is bound to the tenant that {@link Tenancy} allows: the readable
 * one for reads, the writable one for writes.
 */
@Repository
class JdbcAgreements implements Agreements {

    private static final Map<String, String> SORTABLE = Map.of("title", "lower(title)", "type", "type",
            "status", "status", "signingDate", "signing_date", "startDate", "start_date", "endDate", "end_date",
            "createdAt", "created_at", "updatedAt", "updated_at");
    private static final String SELECT = """
            select a.*, (select s.id from agreement s where s.predecessor_id = a.id and s.tenant_id = a.tenant_id)
                as successor_id
            from agreement a""";

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final AgreementChildren children;
    private final Clock clock;

    JdbcAgreements(JdbcClient jdbc, Tenancy tenancy, AgreementChildren children, Clock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.children = children;
        this.clock = clock;
    }

    @Override
    public Optional<Agreement> byId(long id) {
        long tenant = tenancy.readableTenant();
        return jdbc.sql(SELECT + " where a.id = :id and a.tenant_id = :tenant").param("id", id)
                .param("tenant", tenant).query(JdbcAgreements::agreement).optional()
                .map(agreement -> children.attach(tenant, List.of(agreement)).get(0));
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from agreement where id = :id and tenant_id = :tenant").param("id", id)
                .param("tenant", tenancy.readableTenant()).query(Long.class).single() > 0;
    }

    @Override
    public Page<Agreement> find(AgreementFilter filter, PageQuery page) {
        long tenant = tenancy.readableTenant();
        Map<String, Object> params = new HashMap<>();
        String where = AgreementConditions.where(filter, tenant, LocalDate.now(clock), params);
        String order = page.orderBy(SORTABLE, "lower(title)");
        long total = jdbc.sql("select count(*) from agreement a" + where).params(params).query(Long.class).single();
        List<Agreement> items = jdbc.sql(SELECT + where + order + page.limitOffset()).params(params)
                .query(JdbcAgreements::agreement).list();
        return new Page<>(children.attach(tenant, items), page.page(), page.size(), total);
    }

    /** Agreements in force with an end date: the ones the calendar may move. */
    List<Agreement> inForceWithEndDate() {
        return jdbc.sql(SELECT + " where a.tenant_id = :tenant and a.status in ('active', 'expiring')"
                + " and a.end_date is not null order by a.id")
                .param("tenant", tenancy.writableTenant()).query(JdbcAgreements::agreement).list();
    }

    long insert(AgreementTerms terms, AgreementStatus status, LocalDate statusSince, Long predecessorId,
            LocalDateTime now) {
        long tenant = tenancy.writableTenant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement (tenant_id, title, type, status, status_since, signing_date, start_date, end_date,
                    home_role, home_signatory, predecessor_id, notes, created_at, updated_at, version)
                values (:tenant, :title, :type, :status, :since, :signing, :start, :end, :homeRole, :homeSignatory,
                    :predecessor, :notes, :now, :now, 0)
                """).params(columns(terms)).param("tenant", tenant).param("status", status.code())
                .param("since", statusSince).param("predecessor", predecessorId).param("now", now).update(key, "id");
        long id = key.getKey().longValue();
        children.write(tenant, id, terms);
        return id;
    }

    /** Updates the terms if the agreement still has {@code version}; false when it does not (or does not exist). */
    boolean update(long id, int version, AgreementTerms terms, LocalDateTime now) {
        long tenant = tenancy.writableTenant();
        int updated = jdbc.sql("""
                update agreement set title = :title, type = :type, signing_date = :signing, start_date = :start,
                    end_date = :end, home_role = :homeRole, home_signatory = :homeSignatory, notes = :notes,
                    updated_at = :now, version = version + 1
                where id = :id and tenant_id = :tenant and version = :version
                """).params(columns(terms)).param("id", id).param("tenant", tenant).param("version", version)
                .param("now", now).update();
        if (updated == 0) {
            return false;
        }
        children.delete(tenant, id);
        children.write(tenant, id, terms);
        return true;
    }

    /** Moves the agreement from {@code from} to {@code to} if it still has {@code version}. */
    boolean updateStatus(long id, int version, AgreementStatus from, AgreementStatus to, LocalDate since,
            LocalDateTime now) {
        return jdbc.sql("""
                update agreement set status = :to, status_since = :since, updated_at = :now, version = version + 1
                where id = :id and tenant_id = :tenant and version = :version and status = :from
                """).param("to", to.code()).param("since", since).param("now", now).param("id", id)
                .param("tenant", tenancy.writableTenant()).param("version", version).param("from", from.code())
                .update() > 0;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from agreement where id = :id and tenant_id = :tenant").param("id", id)
                .param("tenant", tenancy.writableTenant()).update() > 0;
    }

    private static Map<String, Object> columns(AgreementTerms terms) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("title", terms.title());
        columns.put("type", terms.type().code());
        columns.put("signing", terms.signingDate());
        columns.put("start", terms.startDate());
        columns.put("end", terms.endDate());
        columns.put("homeRole", terms.homeRole().code());
        columns.put("homeSignatory", terms.homeSignatory());
        columns.put("notes", terms.notes());
        return columns;
    }

    private static Agreement agreement(ResultSet row, int rowNumber) throws SQLException {
        return new Agreement(row.getLong("id"), row.getString("title"),
                AgreementType.fromCode(row.getString("type")).orElseThrow(),
                AgreementStatus.fromCode(row.getString("status")).orElseThrow(),
                row.getObject("status_since", LocalDate.class), row.getObject("signing_date", LocalDate.class),
                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                PartyRole.fromCode(row.getString("home_role")).orElseThrow(), row.getString("home_signatory"),
                List.of(), List.of(), List.of(), List.of(), row.getObject("predecessor_id", Long.class),
                row.getObject("successor_id", Long.class), row.getString("notes"),
                row.getObject("created_at", LocalDateTime.class), row.getObject("updated_at", LocalDateTime.class),
                row.getInt("version"));
    }
}
