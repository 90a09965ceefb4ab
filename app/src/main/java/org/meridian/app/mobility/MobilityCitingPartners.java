package org.meridian.app.mobility;

import org.meridian.app.partners.PartnerUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a partner that mobility records cite from being deleted. */
@Component
class MobilityCitingPartners implements PartnerUsage {

    private final JdbcClient jdbc;

    MobilityCitingPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countReferences(long tenantId, long partnerId) {
        return jdbc.sql("select count(*) from mobility_record where tenant_id = :tenant and partner_id = :id")
                .param("tenant", tenantId).param("id", partnerId).query(Long.class).single();
    }

    @Override
    public String describe(long count) {
        return count + (count == 1 ? " mobility record" : " mobility records");
    }
}
