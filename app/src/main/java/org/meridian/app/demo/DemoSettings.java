package org.meridian.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo institution ({@code ./meridian serve --demo}).
 *
 * @param enabled seed the demo institution and its users on start (idempotent)
 * @param seed    the seed of the generated records; the same seed gives the same records
 * @param mobilityRecords how many mobility records to generate over five academic years
 */
@ConfigurationProperties("meridian.demo")
public record DemoSettings(boolean enabled, Long seed, Integer mobilityRecords) {

    public DemoSettings {
        seed = seed == null ? 20261129L : seed;
        mobilityRecords = mobilityRecords == null ? 3000 : mobilityRecords;
    }
}
