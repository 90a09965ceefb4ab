package org.meridian.app.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no administrator yet) creates one. Its password is taken from
 * {@code MERIDIAN_ADMIN_PASSWORD}, or generated and printed once on the console.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Users users;
    private final UserAccounts accounts;
    private final String username;
    private final String configuredPassword;

    InitialAdministrator(Users users, UserAccounts accounts,
            @Value("${meridian.security.initial-admin-username:admin}") String username,
            @Value("${meridian.security.initial-admin-password:}") String configuredPassword) {
        this.users = users;
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create(new UserAccounts.NewUser(username, password, "Administrator", Role.ADMIN, null, "en"));
        if (generated) {
            System.out.println();
            System.out.println("  Meridian created the administrator '" + username + "' with the password: " + password);
            System.out.println("  It is shown only this once. Set MERIDIAN_ADMIN_PASSWORD to choose it yourself.");
            System.out.println();
        }
        else {
            log.info("Created the administrator '{}' with the password from MERIDIAN_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
