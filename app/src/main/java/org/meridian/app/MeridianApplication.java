package org.meridian.app;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Meridian's Spring application: one package per capability below this one. People and scripts start it
 * through the command line ({@code org.meridian.app.cli.MeridianCommand}), whose {@code serve} subcommand
 * runs it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeridianApplication {

    /**
     * What "now" and "today" are for the whole application (timestamps, the agreement calendar). One bean, so
     * that date rules can be tested against a fixed clock.
     */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
