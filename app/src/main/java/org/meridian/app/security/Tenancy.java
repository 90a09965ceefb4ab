package org.meridian.app.security;

import org.meridian.app.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers "whose records are these?" for the code that reads and writes them. Repositories call
 * {@link #readableTenant()} or {@link #writableTenant()} on every statement, so isolation holds whatever
 * path a request takes.
 * <p>
 * Officers and viewers act for their own tenant. An administrator acts for the tenant named in the
 * {@value #TENANT_HEADER} header (or the {@code tenant} request parameter), else their own. Analysts read
 * aggregates across tenants through the insight API and never individual records.
 */
@Component
public class Tenancy {

    public static final String TENANT_HEADER = "X-Meridian-Tenant";

    private static final ThreadLocal<CurrentUser> BATCH_USER = new ThreadLocal<>();

    public CurrentUser currentUser() {
        CurrentUser batch = BATCH_USER.get();
        if (batch != null) {
            return batch;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MeridianUserDetails details) {
            return details.currentUser();
        }
        throw new AccessDeniedException("sign in first");
    }

    /** The signed-in user's name, or {@code system} for work that no user started. */
    public String currentUsername() {
        CurrentUser batch = BATCH_USER.get();
        if (batch != null) {
            return batch.username();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MeridianUserDetails details) {
            return details.getUsername();
        }
        return "system";
    }

    /** The tenant whose records the current user may read now. */
    public long readableTenant() {
        CurrentUser user = currentUser();
        return switch (user.role()) {
            case OFFICER, VIEWER -> requireOwn(user);
            case ADMIN -> chosenByAdmin(user);
            case ANALYST -> throw new AccessDeniedException("analysts read aggregates, not individual records");
        };
    }

    /** The tenant whose records the current user may change now. */
    public long writableTenant() {
        CurrentUser user = currentUser();
        return switch (user.role()) {
            case OFFICER -> requireOwn(user);
            case ADMIN -> chosenByAdmin(user);
            case VIEWER, ANALYST -> throw new AccessDeniedException("your role may not change records");
        };
    }

    public boolean maySeePersonalData() {
        return currentUser().maySeePersonalData();
    }

    /**
     * Runs work as a given user outside a web request (batch jobs, demo seeding, imports on a worker thread).
     */
    public void runAs(CurrentUser user, Runnable work) {
        CurrentUser previous = BATCH_USER.get();
        BATCH_USER.set(user);
        try {
            work.run();
        }
        finally {
            if (previous == null) {
                BATCH_USER.remove();
            }
            else {
                BATCH_USER.set(previous);
            }
        }
    }

    private static long requireOwn(CurrentUser user) {
        if (user.tenantId() == null) {
            throw new AccessDeniedException("your account belongs to no institution; ask an administrator");
        }
        return user.tenantId();
    }

    private static long chosenByAdmin(CurrentUser user) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String chosen = servlet.getRequest().getHeader(TENANT_HEADER);
            if (chosen == null) {
                chosen = servlet.getRequest().getParameter("tenant");
            }
            if (chosen != null && !chosen.isBlank()) {
                try {
                    return Long.parseLong(chosen.trim());
                }
                catch (NumberFormatException notANumber) {
                    throw InvalidInput.of("tenant", "must be a tenant id, e.g. 1");
                }
            }
        }
        if (user.tenantId() != null) {
            return user.tenantId();
        }
        throw InvalidInput.of("tenant", "administrators choose the institution with the " + TENANT_HEADER
                + " header or the tenant parameter");
    }
}
