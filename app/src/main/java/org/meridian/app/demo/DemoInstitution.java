package org.meridian.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccount;
import org.meridian.app.security.UserAccounts;
import org.meridian.app.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo institution when {@code meridian.demo.enabled} is set: the tenant, one user per role and a
 * realistic record generated from a fixed seed. A second start finds the tenant and adds nothing.
 */
@Component
@Order(20)
class DemoInstitution implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInstitution.class);

    private final DemoSettings settings;
    private final DemoAccounts accounts;
    private final Tenants tenants;
    private final Users users;
    private final UserAccounts userAccounts;
    private final Tenancy tenancy;
    private final DemoRecords records;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoInstitution(DemoSettings settings, DemoAccounts accounts, Tenants tenants, Users users,
            UserAccounts userAccounts, Tenancy tenancy, DemoRecords records, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.accounts = accounts;
        this.tenants = tenants;
        this.users = users;
        this.userAccounts = userAccounts;
        this.tenancy = tenancy;
        this.records = records;
        this.clock = clock;
    }

    /** Seeds everything in one transaction: a failed or interrupted seeding leaves nothing, and the next start retries. */
    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        accounts.markReady();
    }

    private void seed() {
        if (tenants.byCode(DemoAccounts.TENANT_CODE).isPresent()) {
            log.info("The demo institution is already there; nothing added");
            return;
        }
        Instant started = clock.instant();
        long tenant = tenants.add(DemoAccounts.TENANT_CODE, "Meridian Demo University", "子午线示范大学", "CN", null,
                true);
        for (DemoAccounts.Account account : accounts.all()) {
            if (users.byUsername(account.username()).isEmpty()) {
                userAccounts.create(new UserAccounts.NewUser(account.username(), account.password(),
                        displayName(account.role()), account.role(),
                        account.role() == Role.OFFICER || account.role() == Role.VIEWER ? tenant : null, "en"));
            }
        }
        UserAccount officer = users.byUsername("demo-officer").orElseThrow();
        CurrentUser seeder = new CurrentUser(officer.id(), officer.username(), officer.displayName(), Role.OFFICER,
                tenant, "en");
        DemoRecords.Counts counts = new DemoRecords.Counts();
        tenancy.runAs(seeder, () -> records.seed(settings.seed(), settings.mobilityRecords(), counts));
        log.info("Seeded the demo institution in {} s: {} partners, {} agreements, {} mobility records, {} engagements",
                Duration.between(started, clock.instant()).toSeconds(), counts.partners, counts.agreements,
                counts.mobility, counts.engagements);
    }

    private static String displayName(Role role) {
        return switch (role) {
            case ADMIN -> "Demo administrator";
            case OFFICER -> "Demo international officer";
            case ANALYST -> "Demo ministry analyst";
            case VIEWER -> "Demo viewer";
        };
    }
}
