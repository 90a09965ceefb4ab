package org.meridian.app.agreements;

import org.meridian.app.partners.PartnerUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agreements keep a partner from being deleted while it is one of their parties. */
@Component
class AgreementPartnerUsage implements PartnerUsage {

    private final JdbcClient jdbc;

    AgreementPartnerUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countReferences(long tenantId, long partnerId) {
        return jdbc.sql("select count(*) from agreement_party where tenant_id = :tenant and partner_id = :partner")
                .param("tenant", tenantId).param("partner", partnerId).query(Long.class).single();
    }

    @Override
    public String describe(long count) {
        return count == 1 ? "1 agreement" : count + " agreements";
    }
}
