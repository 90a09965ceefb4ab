package org.meridian.app.security;

import java.util.List;
import java.util.Optional;

/** The users who may sign in. */
public interface Users {

    long add(String username, String passwordHash, String displayName, Role role, Long tenantId, String locale);

    Optional<UserAccount> byId(long id);

    Optional<UserAccount> byUsername(String username);

    Optional<String> passwordHash(long id);

    List<UserAccount> all();

    boolean anyWithRole(Role role);

    void changePassword(long id, String passwordHash);

    void changeLocale(long id, String locale);

    void setEnabled(long id, boolean enabled);
}
