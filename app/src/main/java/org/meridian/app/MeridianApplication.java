package org.meridian.app;

import org.meridian.app.cli.MeridianCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Meridian's Spring application. {@link #main} is the single entry point for people and scripts: it hands
 * the arguments to the picocli command tree, whose {@code serve} subcommand starts this application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeridianApplication {

    public static void main(String[] args) {
        System.exit(MeridianCommand.run(args));
    }
}
