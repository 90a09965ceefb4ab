package org.meridian.app.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.UserAccounts;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page: the signed-in user's stored choice ({@code security_user.locale}), else the
 * {@value #COOKIE} cookie set by the language switch (so the login page remembers it), else the browser's
 * Accept-Language, else English. Only English ({@code en}) and Chinese ({@code zh}) are offered.
 * <p>
 * Switching while signed in stores the choice for the user and in the session (the session's copy wins over
 * the one read at sign-in, which would otherwise be stale until the next sign-in).
 */
class UserLocaleResolver implements LocaleResolver {

    static final String COOKIE = "meridian-lang";
    static final String SESSION_ATTRIBUTE = UserLocaleResolver.class.getName() + ".locale";

    private final SignedInUser signedIn;
    private final UserAccounts accounts;

    UserLocaleResolver(SignedInUser signedIn, UserAccounts accounts) {
        this.signedIn = signedIn;
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        Optional<CurrentUser> user = signedIn.find();
        if (user.isPresent()) {
            return offered(user.get().locale()).orElse(Locale.ENGLISH);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> fromCookie = offered(cookie.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie.get();
                    }
                }
            }
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            Optional<Locale> match = offered(accepted.getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = offered(locale == null ? null : locale.getLanguage()).orElse(Locale.ENGLISH);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.getLanguage()).path("/").httpOnly(true)
                .sameSite("Lax").maxAge(Duration.ofDays(365)).build();
        response.addHeader("Set-Cookie", cookie.toString());
        signedIn.find().ifPresent(user -> {
            accounts.changeLocale(user.id(), chosen.getLanguage());
            request.getSession().setAttribute(SESSION_ATTRIBUTE, chosen);
        });
    }

    /** The offered locale for a language tag such as {@code zh}, {@code zh-CN} or {@code en}. */
    static Optional<Locale> offered(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(Locale.CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }
}
