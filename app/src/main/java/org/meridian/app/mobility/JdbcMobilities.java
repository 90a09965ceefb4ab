package org.meridian.app.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.WhereClause;
import org.meridian.app.security.Tenancy;
import org.meridian.core.mobility.AcademicYear;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.Gender;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityPeriod;
import org.meridian.core.vocabulary.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Mobility records and their persons in {@code mobility_record} and {@code mobility_person}. Every statement
 * is confined to the tenant that {@link Tenancy} names; the person table is read only for users who may see
 * personal data, so a reader without that right never has it in memory.
 */
@Repository
class JdbcMobilities {

    static final String TYPE = "mobility";

    private static final String RECORD_COLUMNS = """
            r.id, r.version, r.direction, r.category, r.isced_level, r.partner_id, r.country_code, r.agreement_id,
            r.isced_field, r.start_date, r.end_date, r.academic_year, r.programme, r.funding, r.funding_body,
            r.cancelled, r.updated_at""";
    private static final String PERSON_COLUMNS = """
            , p.family_name, p.given_name, p.gender, p.nationality, p.birth_date, p.email, p.person_identifier""";
    private static final Map<String, String> SORTABLE = Map.of("startDate", "r.start_date", "endDate", "r.end_date",
            "country", "r.country_code", "direction", "r.direction", "category", "r.category", "academicYear",
            "r.academic_year", "funding", "r.funding", "id", "r.id");

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final Today today;
    private final MobilityChanges changes;

    JdbcMobilities(JdbcClient jdbc, Tenancy tenancy, Today today, MobilityChanges changes) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.today = today;
        this.changes = changes;
    }

    long add(ValidMobility mobility) {
        long tenant = tenancy.writableTenant();
        changes.recorded();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        recordParameters(jdbc.sql("""
                insert into mobility_record (tenant_id, direction, category, isced_level, partner_id, country_code,
                    agreement_id, isced_field, start_date, end_date, academic_year, programme, funding, funding_body,
                    cancelled, natural_key)
                values (:tenant, :direction, :category, :iscedLevel, :partnerId, :country, :agreementId, :iscedField,
                    :startDate, :endDate, :academicYear, :programme, :funding, :fundingBody, :cancelled, :naturalKey)
                """), mobility, tenant).update(key, "id");
        long id = key.getKey().longValue();
        personParameters(jdbc.sql("""
                insert into mobility_person (mobility_id, tenant_id, family_name, given_name, gender, nationality,
                    birth_date, email, person_identifier)
                values (:id, :tenant, :familyName, :givenName, :gender, :nationality, :birthDate, :email, :identifier)
                """), mobility.person(), id, tenant).update();
        return id;
    }

    void replace(long id, int version, ValidMobility mobility) {
        long tenant = tenancy.writableTenant();
        changes.recorded();
        int changed = recordParameters(jdbc.sql("""
                update mobility_record set direction = :direction, category = :category, isced_level = :iscedLevel,
                    partner_id = :partnerId, country_code = :country, agreement_id = :agreementId,
                    isced_field = :iscedField, start_date = :startDate, end_date = :endDate,
                    academic_year = :academicYear, programme = :programme, funding = :funding,
                    funding_body = :fundingBody, cancelled = :cancelled, natural_key = :naturalKey,
                    updated_at = :now, version = version + 1
                where id = :id and tenant_id = :tenant and version = :version
                """), mobility, tenant).param("now", LocalDateTime.now()).param("id", id).param("version", version)
                .update();
        if (changed == 0) {
            throw missingOrChanged(id, version, tenant);
        }
        personParameters(jdbc.sql("""
                update mobility_person set family_name = :familyName, given_name = :givenName, gender = :gender,
                    nationality = :nationality, birth_date = :birthDate, email = :email, person_identifier = :identifier
                where mobility_id = :id and tenant_id = :tenant
                """), mobility.person(), id, tenant).update();
    }

    void remove(long id, Integer version) {
        long tenant = tenancy.writableTenant();
        changes.recorded();
        jdbc.sql("delete from mobility_person where mobility_id = :id and tenant_id = :tenant").param("id", id)
                .param("tenant", tenant).update();
        int removed = jdbc.sql("delete from mobility_record where id = :id and tenant_id = :tenant"
                + (version == null ? "" : " and version = :version")).param("id", id).param("tenant", tenant)
                .params(version == null ? Map.of() : Map.of("version", version)).update();
        if (removed == 0) {
            throw version == null ? new RecordNotFound(TYPE, id) : missingOrChanged(id, version, tenant);
        }
    }

    Optional<Mobility> byId(long id) {
        long tenant = tenancy.readableTenant();
        boolean personal = tenancy.maySeePersonalData();
        return jdbc.sql("select " + RECORD_COLUMNS + (personal ? PERSON_COLUMNS : "") + from(personal)
                + " where r.id = :id and r.tenant_id = :tenant").param("id", id).param("tenant", tenant)
                .query((row, number) -> mobility(row, personal)).optional();
    }

    /** The id of the tenant's record with this natural key, other than {@code exceptId}. */
    Optional<Long> idByNaturalKey(String naturalKey, Long exceptId) {
        return jdbc.sql("""
                select id from mobility_record where tenant_id = :tenant and natural_key = :key and id <> :except
                """).param("tenant", tenancy.writableTenant()).param("key", naturalKey)
                .param("except", exceptId == null ? -1L : exceptId).query(Long.class).optional();
    }

    Page<Mobility> find(MobilityFilter filter, PageQuery page) {
        long tenant = tenancy.readableTenant();
        boolean personal = tenancy.maySeePersonalData();
        WhereClause where = where(filter, tenant, personal);
        long total = jdbc.sql("select count(*)" + from(personal) + where.sql()).params(where.params())
                .query(Long.class).single();
        Map<String, String> sortable = new HashMap<>(SORTABLE);
        if (personal) {
            sortable.put("familyName", "p.family_name");
        }
        List<Mobility> items = jdbc.sql("select " + RECORD_COLUMNS + (personal ? PERSON_COLUMNS : "") + from(personal)
                + where.sql() + page.orderBy(sortable, "r.start_date") + page.limitOffset()).params(where.params())
                .query((row, number) -> mobility(row, personal)).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private WhereClause where(MobilityFilter filter, long tenant, boolean personal) {
        WhereClause where = new WhereClause().and("r.tenant_id = ?", tenant)
                .and("r.direction = ?", code(filter.direction()))
                .and("r.category = ?", code(filter.category()))
                .and("r.country_code = ?", filter.country())
                .and("r.country_code in (select alpha2 from reference_country where region_code = ?"
                        + " or subregion_code = ?)", filter.region(), filter.region())
                .and("r.partner_id = ?", filter.partnerId())
                .and("r.agreement_id = ?", filter.agreementId())
                .and("r.isced_field like ?", filter.iscedField() == null ? null : filter.iscedField() + "%")
                .and("r.funding = ?", code(filter.funding()))
                .and("r.academic_year = ?", filter.academicYear() == null ? null : filter.academicYear().startYear())
                .and("r.end_date >= ?", filter.from())
                .and("r.start_date <= ?", filter.to())
                .and("r.start_date >= ?", filter.startsFrom())
                .and("r.start_date <= ?", filter.startsTo());
        if (filter.status() != null) {
            LocalDate now = today.date();
            switch (filter.status()) {
                case CANCELLED -> where.and("r.cancelled = true");
                case PLANNED -> where.and("r.cancelled = false and r.start_date > ?", now);
                case ONGOING -> where.and("r.cancelled = false and r.start_date <= ? and r.end_date >= ?", now, now);
                case COMPLETED -> where.and("r.cancelled = false and r.end_date < ?", now);
            }
        }
        if (filter.text() != null) {
            String pattern = WhereClause.containing(filter.text());
            if (personal) {
                where.and("(lower(r.programme) like ? escape '\\' or lower(p.family_name) like ? escape '\\'"
                        + " or lower(p.given_name) like ? escape '\\')", pattern, pattern, pattern);
            }
            else {
                where.and("lower(r.programme) like ? escape '\\'", pattern);
            }
        }
        return where;
    }

    private static String from(boolean personal) {
        return personal ? " from mobility_record r join mobility_person p on p.mobility_id = r.id"
                : " from mobility_record r";
    }

    private RuntimeException missingOrChanged(long id, int version, long tenant) {
        boolean exists = jdbc.sql("select count(*) from mobility_record where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenant).query(Long.class).single() > 0;
        return exists ? new RecordChangedMeanwhile(TYPE, id, version) : new RecordNotFound(TYPE, id);
    }

    private static JdbcClient.StatementSpec recordParameters(JdbcClient.StatementSpec statement,
            ValidMobility mobility, long tenant) {
        return statement.param("tenant", tenant).param("direction", mobility.direction().code())
                .param("category", mobility.category().code())
                .param("iscedLevel", mobility.iscedLevel() == null ? null : mobility.iscedLevel().level())
                .param("partnerId", mobility.partnerId()).param("country", mobility.country())
                .param("agreementId", mobility.agreementId()).param("iscedField", mobility.iscedField())
                .param("startDate", mobility.period().start()).param("endDate", mobility.period().end())
                .param("academicYear", mobility.academicYear().startYear()).param("programme", mobility.programme())
                .param("funding", mobility.funding().code()).param("fundingBody", mobility.fundingBody())
                .param("cancelled", mobility.cancelled()).param("naturalKey", mobility.naturalKey());
    }

    private static JdbcClient.StatementSpec personParameters(JdbcClient.StatementSpec statement, MobilityPerson person,
            long id, long tenant) {
        return statement.param("id", id).param("tenant", tenant).param("familyName", person.familyName())
                .param("givenName", person.givenName()).param("gender", code(person.gender()))
                .param("nationality", person.nationality()).param("birthDate", person.birthDate())
                .param("email", person.email()).param("identifier", person.personIdentifier());
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private Mobility mobility(ResultSet row, boolean personal) throws SQLException {
        MobilityPeriod period = new MobilityPeriod(row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class));
        boolean cancelled = row.getBoolean("cancelled");
        int level = row.getInt("isced_level");
        Integer iscedLevel = row.wasNull() ? null : level;
        long partner = row.getLong("partner_id");
        Long partnerId = row.wasNull() ? null : partner;
        long agreement = row.getLong("agreement_id");
        Long agreementId = row.wasNull() ? null : agreement;
        MobilityPerson person = personal ? new MobilityPerson(row.getString("family_name"),
                row.getString("given_name"), Coded.byCode(Gender.class, row.getString("gender")).orElse(null),
                row.getString("nationality"), row.getObject("birth_date", LocalDate.class), row.getString("email"),
                row.getString("person_identifier")) : null;
        return new Mobility(row.getLong("id"), row.getInt("version"),
                Coded.byCode(Direction.class, row.getString("direction")).orElseThrow(),
                Coded.byCode(MobilityCategory.class, row.getString("category")).orElseThrow(), iscedLevel, partnerId,
                row.getString("country_code"), agreementId, row.getString("isced_field"), period.start(),
                period.end(), period.durationDays(), new AcademicYear(row.getInt("academic_year")).toString(),
                row.getString("programme"), Coded.byCode(Funding.class, row.getString("funding")).orElseThrow(),
                row.getString("funding_body"), period.status(cancelled, today.date()), cancelled,
                row.getObject("updated_at", LocalDateTime.class), person);
    }
}
