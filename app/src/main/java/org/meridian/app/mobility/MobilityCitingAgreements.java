package org.meridian.app.mobility;

import org.meridian.app.agreements.AgreementUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps an agreement that mobility records cite from being deleted. */
@Component
class MobilityCitingAgreements implements AgreementUsage {

    private final JdbcClient jdbc;

    MobilityCitingAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countReferences(long tenantId, long agreementId) {
        return jdbc.sql("select count(*) from mobility_record where tenant_id = :tenant and agreement_id = :id")
                .param("tenant", tenantId).param("id", agreementId).query(Long.class).single();
    }

    @Override
    public String describe(long count) {
        return count + (count == 1 ? " mobility record" : " mobility records");
    }
}
