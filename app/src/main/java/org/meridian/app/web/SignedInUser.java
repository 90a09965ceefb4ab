package org.meridian.app.web;

import java.util.Optional;

import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Tenancy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The user behind the current web request, if someone has signed in (the login and error pages have none). */
@Component
class SignedInUser {

    private final Tenancy tenancy;

    SignedInUser(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    Optional<CurrentUser> find() {
        try {
            return Optional.of(tenancy.currentUser());
        }
        catch (AccessDeniedException anonymous) {
            return Optional.empty();
        }
    }
}
