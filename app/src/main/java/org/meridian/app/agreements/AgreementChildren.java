package org.meridian.app.agreements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.core.agreements.AcademicYear;
import org.meridian.core.agreements.MobilityCategory;
import org.meridian.core.agreements.MobilityDirection;
import org.meridian.core.agreements.MobilityQuota;
import org.meridian.core.agreements.PartyRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows that belong to an agreement: parties, ISCED-F fields, academic years and quotas. Every statement names
 * the tenant, which the caller took from {@code Tenancy}; the foreign keys include it too.
 */
@Component
class AgreementChildren {

    private final JdbcClient jdbc;

    AgreementChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long tenant, long agreementId, AgreementTerms terms) {
        for (int position = 0; position < terms.parties().size(); position++) {
            AgreementTerms.PartyTerm party = terms.parties().get(position);
            jdbc.sql("""
                    insert into agreement_party (tenant_id, agreement_id, partner_id, position, role, signatory)
                    values (:tenant, :agreement, :partner, :position, :role, :signatory)
                    """).param("tenant", tenant).param("agreement", agreementId).param("partner", party.partnerId())
                    .param("position", position).param("role", party.role().code())
                    .param("signatory", party.signatory()).update();
        }
        for (String code : terms.iscedFields()) {
            jdbc.sql("insert into agreement_isced_field (tenant_id, agreement_id, isced_code)"
                    + " values (:tenant, :agreement, :code)")
                    .param("tenant", tenant).param("agreement", agreementId).param("code", code).update();
        }
        for (AcademicYear year : terms.academicYears()) {
            jdbc.sql("insert into agreement_academic_year (tenant_id, agreement_id, academic_year)"
                    + " values (:tenant, :agreement, :year)")
                    .param("tenant", tenant).param("agreement", agreementId).param("year", year.id()).update();
        }
        for (MobilityQuota quota : terms.quotas()) {
            jdbc.sql("""
                    insert into agreement_quota (tenant_id, agreement_id, academic_year, direction, category, people,
                        months_per_person)
                    values (:tenant, :agreement, :year, :direction, :category, :people, :months)
                    """).param("tenant", tenant).param("agreement", agreementId)
                    .param("year", quota.academicYear().id()).param("direction", quota.direction().code())
                    .param("category", quota.category().code()).param("people", quota.people())
                    .param("months", quota.monthsPerPerson()).update();
        }
    }

    void delete(long tenant, long agreementId) {
        for (String table : List.of("agreement_party", "agreement_isced_field", "agreement_academic_year",
                "agreement_quota")) {
            jdbc.sql("delete from " + table + " where agreement_id = :agreement and tenant_id = :tenant")
                    .param("agreement", agreementId).param("tenant", tenant).update();
        }
    }

    /** The agreements with their children filled in, in the same order. */
    List<Agreement> attach(long tenant, List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return agreements;
        }
        List<Long> ids = agreements.stream().map(Agreement::id).toList();
        Map<Long, List<AgreementParty>> parties = new HashMap<>();
        jdbc.sql("""
                select ap.agreement_id, ap.partner_id, p.name, p.name_zh, p.country_code, ap.role, ap.signatory
                from agreement_party ap join partner p on p.id = ap.partner_id and p.tenant_id = ap.tenant_id
                where ap.tenant_id = :tenant and ap.agreement_id in (:ids)
                order by ap.agreement_id, ap.position
                """).param("tenant", tenant).param("ids", ids).query(row -> {
                    parties.computeIfAbsent(row.getLong("agreement_id"), any -> new ArrayList<>())
                            .add(new AgreementParty(row.getLong("partner_id"), row.getString("name"),
                                    row.getString("name_zh"), row.getString("country_code"),
                                    PartyRole.fromCode(row.getString("role")).orElseThrow(),
                                    row.getString("signatory")));
                });
        Map<Long, List<String>> fields = new HashMap<>();
        jdbc.sql("select agreement_id, isced_code from agreement_isced_field where tenant_id = :tenant"
                + " and agreement_id in (:ids) order by isced_code").param("tenant", tenant).param("ids", ids)
                .query(row -> {
                    fields.computeIfAbsent(row.getLong("agreement_id"), any -> new ArrayList<>())
                            .add(row.getString("isced_code"));
                });
        Map<Long, List<AcademicYear>> years = new HashMap<>();
        jdbc.sql("select agreement_id, academic_year from agreement_academic_year where tenant_id = :tenant"
                + " and agreement_id in (:ids) order by academic_year").param("tenant", tenant).param("ids", ids)
                .query(row -> {
                    years.computeIfAbsent(row.getLong("agreement_id"), any -> new ArrayList<>())
                            .add(AcademicYear.parse(row.getString("academic_year")).orElseThrow());
                });
        Map<Long, List<MobilityQuota>> quotas = new HashMap<>();
        jdbc.sql("""
                select * from agreement_quota where tenant_id = :tenant and agreement_id in (:ids)
                order by academic_year, direction, category
                """).param("tenant", tenant).param("ids", ids).query(row -> {
                    quotas.computeIfAbsent(row.getLong("agreement_id"), any -> new ArrayList<>())
                            .add(new MobilityQuota(AcademicYear.parse(row.getString("academic_year")).orElseThrow(),
                                    MobilityDirection.fromCode(row.getString("direction")).orElseThrow(),
                                    MobilityCategory.fromCode(row.getString("category")).orElseThrow(),
                                    row.getInt("people"), row.getObject("months_per_person", Integer.class)));
                });
        return agreements.stream().map(agreement -> agreement.with(parties.getOrDefault(agreement.id(), List.of()),
                fields.getOrDefault(agreement.id(), List.of()), years.getOrDefault(agreement.id(), List.of()),
                quotas.getOrDefault(agreement.id(), List.of()))).toList();
    }
}
