package org.meridian.app;

import java.util.UUID;

import org.meridian.app.security.ApiTokens;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccount;
import org.meridian.app.security.UserAccounts;
import org.meridian.app.security.Users;
import org.springframework.stereotype.Component;

/**
 * Creates institutions and users for integration tests through the same services the API uses. Every name
 * is unique, so tests that share one database never see each other's records.
 */
@Component
public class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "a-good-password";

    private final Tenants tenants;
    private final UserAccounts accounts;
    private final Users users;
    private final ApiTokens tokens;

    TestUsers(Tenants tenants, UserAccounts accounts, Users users, ApiTokens tokens) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
    }

    public long newTenant(String name) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return tenants.add(code, name, null, "CN", null, false);
    }

    /** A new user with a fresh API token, ready to call the API on the given port. */
    public Caller newUser(Role role, Long tenantId, int port) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = accounts.create(new UserAccounts.NewUser(username, PASSWORD, username, role, tenantId, "en"));
        String token = tokens.issue(account.id(), "tests").token();
        return new Caller(account, new ApiClient(port, token));
    }

    public Caller admin(int port) {
        UserAccount admin = users.byUsername("admin").orElseThrow();
        return new Caller(admin, new ApiClient(port, tokens.issue(admin.id(), "tests").token()));
    }

    public record Caller(UserAccount account, ApiClient api) {
    }
}
