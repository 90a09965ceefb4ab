package org.meridian.app.web;

import java.util.List;

import org.meridian.app.security.CurrentUser;

/**
 * What the shared layout ({@code templates/layout.html}) shows around every page: who is signed in, for which
 * institution, the navigation, the language switch and the CSRF header for htmx. Available to every
 * template as {@code ${layout}}.
 *
 * @param user the signed-in user, or null on the login page and on errors before sign-in
 * @param institutionName the user's home institution in the page's language, or null
 * @param demo whether the institution holds demonstration data (a banner says so)
 * @param language {@code en} or {@code zh}, also the {@code lang} attribute of the page
 * @param returnTo the current path and query, where the language switch comes back to
 * @param htmxHeaders JSON for {@code hx-headers}: the CSRF header every htmx request must send
 */
public record PageLayout(CurrentUser user, String institutionName, boolean demo, String language, String returnTo,
        List<NavigationItem> navigation, String htmxHeaders) {

    public boolean signedIn() {
        return user != null;
    }

    /** One entry of the main navigation; {@code current} marks the section the page belongs to. */
    public record NavigationItem(String messageKey, String path, boolean current) {
    }
}
