package org.meridian.app.security;

import java.time.LocalDateTime;

/** A stored user, without the password hash. */
public record UserAccount(long id, String username, String displayName, Role role, Long tenantId, String locale,
        boolean enabled, LocalDateTime createdAt, long version) {

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, role, tenantId, locale);
    }
}
