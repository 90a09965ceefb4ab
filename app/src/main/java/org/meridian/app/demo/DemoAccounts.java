package org.meridian.app.demo;

import java.util.List;

import org.meridian.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * The users of the demo institution, one per role. Their passwords are public on purpose: the login page shows
 * them while the demo is enabled, and only then.
 */
@Component
public class DemoAccounts {

    static final String TENANT_CODE = "demo-university";

    private final DemoSettings settings;
    private volatile boolean ready;

    DemoAccounts(DemoSettings settings) {
        this.settings = settings;
    }

    public boolean shown() {
        return settings.enabled();
    }

    /**
     * Whether the accounts can sign in: the demo institution is seeded (a first start takes a minute or two, in one
     * transaction, so no account exists before it ends).
     */
    public boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    public List<Account> all() {
        return List.of(new Account("demo-officer", "officer-demo-2026", Role.OFFICER),
                new Account("demo-viewer", "viewer-demo-2026", Role.VIEWER),
                new Account("demo-analyst", "analyst-demo-2026", Role.ANALYST),
                new Account("demo-admin", "admin-demo-2026", Role.ADMIN));
    }

    public record Account(String username, String password, Role role) {
    }
}
