package org.meridian.app.agreements;

import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the calendar to every tenant's agreements once a night (cron {@code meridian.agreements.refresh-cron},
 * default 00:10) and once at start-up, so statuses are right after the service was down over midnight. Runs as
 * the user {@value #ACTOR}, which the audit log shows.
 */
@Component
@EnableScheduling
class DailyStatusRefresh {

    static final String ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(DailyStatusRefresh.class);

    private final ChangingAgreementStatus statuses;
    private final Tenants tenants;
    private final Tenancy tenancy;

    DailyStatusRefresh(ChangingAgreementStatus statuses, Tenants tenants, Tenancy tenancy) {
        this.statuses = statuses;
        this.tenants = tenants;
        this.tenancy = tenancy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        refreshEveryTenant();
    }

    @Scheduled(cron = "${meridian.agreements.refresh-cron:0 10 0 * * *}")
    void nightly() {
        refreshEveryTenant();
    }

    /** @return how many agreements changed status */
    int refreshEveryTenant() {
        int changed = 0;
        for (Tenant tenant : tenants.all()) {
            CurrentUser system = new CurrentUser(0, ACTOR, "Agreement calendar", Role.ADMIN, tenant.id(), "en");
            int[] count = { 0 };
            try {
                tenancy.runAs(system, () -> count[0] = statuses.refresh().size());
            }
            catch (RuntimeException failure) {
                log.error("Could not refresh the agreement statuses of tenant {}", tenant.id(), failure);
            }
            changed += count[0];
        }
        if (changed > 0) {
            log.info("The calendar moved {} agreements to expiring, expired or back to active", changed);
        }
        return changed;
    }
}
