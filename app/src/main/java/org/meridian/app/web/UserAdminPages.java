package org.meridian.app.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.RuleViolation;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenants;
import org.meridian.app.security.UserAccounts;
import org.meridian.app.security.Users;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of user accounts: every user with role, institution and whether they may sign in,
 * the form to create one, and per user enabling or disabling and a new password. Only for administrators.
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminPages {

    static final List<String> FIELDS = List.of("username", "displayName", "password", "role", "tenantId", "locale");

    private final Users users;
    private final UserAccounts accounts;
    private final Tenants tenants;
    private final MessageSource messages;

    UserAdminPages(Users users, UserAccounts accounts, Tenants tenants, MessageSource messages) {
        this.users = users;
        this.accounts = accounts;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping
    String administration() {
        return "redirect:/admin/users";
    }

    @GetMapping("/users")
    String list(Model model) {
        return page(model, FormValues.empty(), FormErrors.none());
    }

    @PostMapping("/users")
    String create(@RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = FormValues.submitted(submitted, FIELDS);
        try {
            String tenant = form.value("tenantId");
            Role role = Arrays.stream(Role.values()).filter(candidate -> candidate.name().equals(form.value("role")))
                    .findFirst().orElse(null);
            accounts.create(new UserAccounts.NewUser(form.value("username"), submitted.get("password"),
                    form.value("displayName"), role, tenant == null ? null : Long.valueOf(tenant),
                    form.value("locale")));
            redirect.addFlashAttribute("notice", "admin.users.created");
            return "redirect:/admin/users";
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form.with("password", null), FormErrors.of(invalid, messages, locale));
        }
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Locale locale, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled);
            redirect.addFlashAttribute("notice", enabled ? "admin.users.enabled" : "admin.users.disabled");
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", FormErrors.explain(refused, messages, locale));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "admin.users.passwordReset");
        }
        catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", FormErrors.of(invalid, messages, locale).all().get(0).text());
        }
        return "redirect:/admin/users";
    }

    private String page(Model model, FormValues form, FormErrors errors) {
        model.addAttribute("users", users.all());
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/users";
    }
}
