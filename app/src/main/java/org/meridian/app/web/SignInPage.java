package org.meridian.app.web;

import org.meridian.app.demo.DemoAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. Spring Security handles the POST to {@code /login} and {@code /logout}; a failed attempt
 * comes back here with {@code ?error}, a sign-out with {@code ?logout}.
 */
@Controller
class SignInPage {

    private final SignedInUser signedIn;
    private final DemoAccounts demoAccounts;

    SignInPage(SignedInUser signedIn, DemoAccounts demoAccounts) {
        this.signedIn = signedIn;
        this.demoAccounts = demoAccounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        if (signedIn.find().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("demoAccounts", demoAccounts);
        return "login";
    }
}
