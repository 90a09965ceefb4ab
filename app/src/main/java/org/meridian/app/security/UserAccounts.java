package org.meridian.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.InvalidInput.FieldError;
import org.meridian.app.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users, changing and resetting passwords, preferences, enabling and disabling users. */
@Service
public class UserAccounts {

    public static final int MINIMUM_PASSWORD_LENGTH = 10;
    public static final Set<String> LOCALES = Set.of("en", "zh");

    private final Users users;
    private final Tenants tenants;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    UserAccounts(Users users, Tenants tenants, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.users = users;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (user.username() == null || !user.username().matches("[A-Za-z0-9._@-]{3,100}")) {
            errors.add(new FieldError("username", "3 to 100 letters, digits or . _ @ -", "invalid.username", List.of()));
        }
        else if (users.byUsername(user.username()).isPresent()) {
            errors.add(new FieldError("username", "is taken", "invalid.username-taken", List.of()));
        }
        passwordProblem(user.password()).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (user.role() == null) {
            errors.add(new FieldError("role", "is required: ADMIN, OFFICER, ANALYST or VIEWER", "invalid.role-required",
                    List.of()));
        }
        else if ((user.role() == Role.OFFICER || user.role() == Role.VIEWER) && user.tenantId() == null) {
            errors.add(new FieldError("tenantId", "officers and viewers belong to an institution",
                    "invalid.institution-required-for-role", List.of()));
        }
        if (user.tenantId() != null && tenants.byId(user.tenantId()).isEmpty()) {
            errors.add(new FieldError("tenantId", "no institution with id " + user.tenantId()));
        }
        String locale = user.locale() == null ? "en" : user.locale();
        if (!LOCALES.contains(locale)) {
            errors.add(new FieldError("locale", "must be en or zh"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String displayName = user.displayName() == null || user.displayName().isBlank() ? user.username()
                : user.displayName().trim();
        long id = users.add(user.username(), passwordEncoder.encode(user.password()), displayName, user.role(),
                user.tenantId(), locale);
        UserAccount created = users.byId(id).orElseThrow();
        auditLog.recordCreated(created.tenantId(), "user", id, created);
        return created;
    }

    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        String hash = users.passwordHash(userId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw InvalidInput.of("currentPassword", "is not your current password");
        }
        passwordProblem(newPassword).ifPresent(problem -> {
            throw InvalidInput.of("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, hash)) {
            throw InvalidInput.of("newPassword", "must differ from the current password");
        }
        users.changePassword(userId, passwordEncoder.encode(newPassword));
        auditLog.record(null, "password-changed", "user", String.valueOf(userId), null, null);
    }

    /** An administrator gives the user a new password (e.g. a forgotten one); the user should change it soon. */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount user = users.byId(userId).orElseThrow(() -> new org.meridian.app.RecordNotFound("user", userId));
        passwordProblem(newPassword).ifPresent(problem -> {
            throw InvalidInput.of("password", problem);
        });
        users.changePassword(userId, passwordEncoder.encode(newPassword));
        auditLog.record(user.tenantId(), "password-reset", "user", String.valueOf(userId), null, null);
    }

    @Transactional
    public void changeLocale(long userId, String locale) {
        if (!LOCALES.contains(locale)) {
            throw InvalidInput.of("locale", "must be en or zh");
        }
        users.changeLocale(userId, locale);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        UserAccount before = users.byId(userId).orElseThrow(() -> new org.meridian.app.RecordNotFound("user", userId));
        if (!enabled && before.role() == Role.ADMIN && users.all().stream()
                .filter(other -> other.role() == Role.ADMIN && other.enabled()).count() == 1) {
            throw new RuleViolation("user.last-admin", "the last enabled administrator cannot be disabled");
        }
        users.setEnabled(userId, enabled);
        auditLog.recordChanged(before.tenantId(), "user", userId, before, users.byId(userId).orElseThrow());
    }

    static java.util.Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            return java.util.Optional.of("must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 200) {
            return java.util.Optional.of("must have at most 200 characters");
        }
        return java.util.Optional.empty();
    }

    /** What an administrator gives to create a user. */
    public record NewUser(String username, String password, String displayName, Role role, Long tenantId,
            String locale) {
    }
}
