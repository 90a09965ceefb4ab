package org.meridian.app.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users and security", description = "Your account, API tokens; users, institutions and the audit log for administrators")
class SecurityApi {

    private final Tenancy tenancy;
    private final Users users;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final Tenants tenants;
    private final AuditLog auditLog;

    SecurityApi(Tenancy tenancy, Users users, UserAccounts accounts, ApiTokens tokens, Tenants tenants,
            AuditLog auditLog) {
        this.tenancy = tenancy;
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
        this.tenants = tenants;
        this.auditLog = auditLog;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    CurrentUser me() {
        return tenancy.currentUser();
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your password")
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changePassword(tenancy.currentUser().id(), change.currentPassword(), change.newPassword());
    }

    @PutMapping("/me/locale")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choose the language of the UI and of reports: en or zh")
    void changeLocale(@RequestBody LocaleChange change) {
        accounts.changeLocale(tenancy.currentUser().id(), change.locale());
    }

    @GetMapping("/me/tokens")
    @Operation(summary = "Your API tokens (never the secret itself)")
    List<ApiTokens.TokenSummary> myTokens() {
        return tokens.of(tenancy.currentUser().id());
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API token; the token is in this response only")
    ApiTokens.IssuedToken issueToken(@RequestBody TokenRequest request) {
        return tokens.issue(tenancy.currentUser().id(), request.name());
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your API tokens")
    void revokeToken(@PathVariable long id) {
        tokens.revoke(tenancy.currentUser().id(), id);
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "All users (administrators)")
    List<UserAccount> users() {
        return users.all();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (administrators)")
    UserAccount createUser(@RequestBody UserAccounts.NewUser user) {
        return accounts.create(user);
    }

    @PutMapping("/users/{id}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Enable or disable a user (administrators)")
    UserAccount setEnabled(@PathVariable long id, @RequestBody EnabledChange change) {
        accounts.setEnabled(id, change.enabled());
        return users.byId(id).orElseThrow(() -> new RecordNotFound("user", id));
    }

    @GetMapping("/tenants")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Institutions that keep their records here")
    List<Tenant> tenants() {
        return tenants.all();
    }

    @PostMapping("/tenants")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a home institution (administrators)")
    Tenant createTenant(@RequestBody NewTenant tenant) {
        if (tenant.code() == null || !tenant.code().matches("[a-z0-9-]{2,64}")) {
            throw org.meridian.app.InvalidInput.of("code", "2 to 64 lower-case letters, digits or hyphens");
        }
        if (tenant.name() == null || tenant.name().isBlank()) {
            throw org.meridian.app.InvalidInput.of("name", "is required");
        }
        if (tenants.byCode(tenant.code()).isPresent()) {
            throw org.meridian.app.InvalidInput.of("code", "is taken");
        }
        long id = tenants.add(tenant.code(), tenant.name().trim(), tenant.nameZh(), tenant.countryCode(),
                tenant.institutionId(), false);
        Tenant created = tenants.byId(id).orElseThrow();
        auditLog.recordCreated(id, "tenant", id, created);
        return created;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The audit log, newest first (administrators)")
    Page<AuditLog.AuditEntry> audit(@RequestParam(required = false) Long tenantId,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return auditLog.find(new AuditLog.AuditFilter(tenantId, entityType, entityId, actor),
                PageQuery.of(page, size, null));
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record LocaleChange(String locale) {
    }

    record TokenRequest(String name) {
    }

    record EnabledChange(boolean enabled) {
    }

    record NewTenant(String code, String name, String nameZh, String countryCode, String institutionId) {
    }
}
