package org.meridian.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Meridian's Spring application: one package per capability below this one. People and scripts start it
 * through the command line ({@code org.meridian.app.cli.MeridianCommand}), whose {@code serve} subcommand
 * runs it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeridianApplication {
}
