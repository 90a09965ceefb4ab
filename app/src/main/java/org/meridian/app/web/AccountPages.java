package org.meridian.app.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.security.ApiTokens;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password change and personal API tokens. */
@Controller
class AccountPages {

    private final Tenancy tenancy;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountPages(Tenancy tenancy, UserAccounts accounts, ApiTokens tokens, MessageSource messages) {
        this.tenancy = tenancy;
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "account/password";
    }

    /** Passwords are never echoed back into a re-rendered form; the messages say what to change. */
    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw InvalidInput.of("confirmPassword", "does not match the new password");
            }
            accounts.changePassword(tenancy.currentUser().id(), currentPassword, newPassword);
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account/password";
    }

    @GetMapping("/account/tokens")
    String tokens(Model model) {
        CurrentUser user = tenancy.currentUser();
        model.addAttribute("tokens", tokens.of(user.id()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.issue(tenancy.currentUser().id(), name));
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
            model.addAttribute("name", name);
            return tokens(model);
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(tenancy.currentUser().id(), id);
        redirect.addFlashAttribute("notice", "account.tokens.revoked");
        return "redirect:/account/tokens";
    }
}
