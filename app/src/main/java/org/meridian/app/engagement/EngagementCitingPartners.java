package org.meridian.app.engagement;

import org.meridian.app.partners.PartnerUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a partner that engagements cite from being deleted. */
@Component
class EngagementCitingPartners implements PartnerUsage {

    private final JdbcClient jdbc;

    EngagementCitingPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countReferences(long tenantId, long partnerId) {
        return jdbc.sql("select count(*) from engagement where tenant_id = :tenant and partner_id = :id")
                .param("tenant", tenantId).param("id", partnerId).query(Long.class).single();
    }

    @Override
    public String describe(long count) {
        return count + (count == 1 ? " engagement" : " engagements");
    }
}
