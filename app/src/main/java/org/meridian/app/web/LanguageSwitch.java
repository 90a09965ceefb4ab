package org.meridian.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch in every page's header, the login page's included; returns to the page it was on. */
@Controller
class LanguageSwitch {

    private final LocaleResolver locales;

    LanguageSwitch(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(required = false) String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, UserLocaleResolver.offered(lang).orElse(null));
        return "redirect:" + localPath(returnTo);
    }

    /** Only a path on this site, so that the switch cannot be used to send someone elsewhere. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return returnTo;
    }
}
