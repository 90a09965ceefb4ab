package org.meridian.app.security;

import java.io.Serializable;

/**
 * The signed-in user as every capability sees it.
 *
 * @param tenantId the user's home institution; null for an administrator without one
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long tenantId, String locale)
        implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Personal data (names, birth dates, e-mail of mobile persons) is for officers and administrators only. */
    public boolean maySeePersonalData() {
        return role == Role.ADMIN || role == Role.OFFICER;
    }

    public boolean mayWriteRecords() {
        return role == Role.ADMIN || role == Role.OFFICER;
    }
}
