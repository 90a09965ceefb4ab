package org.meridian.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@link PageLayout} as {@code layout} to every rendered page, including error pages. Redirects and
 * REST responses get nothing, so the API pays nothing for it.
 */
@Component
class LayoutAttributes implements HandlerInterceptor {

    static final String ATTRIBUTE = "layout";

    /** The main navigation: message key and path, in the order shown. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] { "nav.dashboard", "/" },
            new String[] { "nav.partners", "/partners" },
            new String[] { "nav.agreements", "/agreements" },
            new String[] { "nav.mobility", "/mobility" },
            new String[] { "nav.engagements", "/engagements" },
            new String[] { "nav.indicators", "/indicators" },
            new String[] { "nav.insight", "/insight" },
            new String[] { "nav.bringIn", "/bring-in" },
            new String[] { "nav.goingGlobal", "/going-global" },
            new String[] { "nav.reports", "/reports" });

    private final SignedInUser signedIn;
    private final Tenants tenants;

    LayoutAttributes(SignedInUser signedIn, Tenants tenants) {
        this.signedIn = signedIn;
        this.tenants = tenants;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")
                && !view.getViewName().startsWith("forward:")) {
            view.addObject(ATTRIBUTE, layout(request));
        }
    }

    /** For views rendered by exception handlers, which interceptors do not see. */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute(ATTRIBUTE, layout(request));
    }

    PageLayout layout(HttpServletRequest request) {
        Optional<CurrentUser> user = signedIn.find();
        String language = LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "zh"
                : "en";
        Optional<Tenant> tenant = user.map(CurrentUser::tenantId).flatMap(tenants::byId);
        String institution = tenant.map(found -> "zh".equals(language) && found.nameZh() != null
                && !found.nameZh().isBlank() ? found.nameZh() : found.name()).orElse(null);
        String path = path(request);
        return new PageLayout(user.orElse(null), institution, tenant.map(Tenant::demo).orElse(false), language,
                returnTo(request, path), user.isPresent() ? navigation(user.get(), path) : List.of(),
                htmxHeaders(request));
    }

    private static List<PageLayout.NavigationItem> navigation(CurrentUser user, String path) {
        List<PageLayout.NavigationItem> items = new ArrayList<>();
        for (String[] section : SECTIONS) {
            items.add(new PageLayout.NavigationItem(section[0], section[1], isWithin(path, section[1])));
        }
        if (user.role() == Role.ADMIN) {
            items.add(new PageLayout.NavigationItem("nav.admin", "/admin", isWithin(path, "/admin")));
        }
        return List.copyOf(items);
    }

    static boolean isWithin(String path, String section) {
        return "/".equals(section) ? "/".equals(path) : path.equals(section) || path.startsWith(section + "/");
    }

    /** The path the user asked for: on an error page, the one that failed rather than {@code /error}. */
    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String text ? text : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    private static String returnTo(HttpServletRequest request, String path) {
        boolean plainGet = "GET".equals(request.getMethod())
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null;
        return plainGet && request.getQueryString() != null ? path + "?" + request.getQueryString() : path;
    }

    private static String htmxHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return "{}";
    }
}
