package org.meridian.core.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where countries lie, for the proximity of two institutions: 1 in the same country, {@value #SAME_SUBREGION} in
 * the same sub-region (Eastern Asia, Western Europe), {@value #SAME_REGION} in the same region (Asia, Europe),
 * 0 otherwise or when a country is unknown.
 */
public final class Regions {

    public static final double SAME_SUBREGION = 0.6;
    public static final double SAME_REGION = 0.3;

    private final Map<String, String> subregions;
    private final Map<String, String> regions;

    public Regions(Map<String, String> subregionOfCountry, Map<String, String> regionOfSubregion) {
        this.subregions = Map.copyOf(subregionOfCountry);
        this.regions = Map.copyOf(regionOfSubregion);
    }

    /** UN M49 regions and sub-regions of 249 countries (resource {@code country-regions.csv}). */
    public static Regions unM49() {
        Map<String, String> subregionOfCountry = new HashMap<>();
        Map<String, String> regionOfSubregion = new HashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("country-regions.csv")) {
            if (in == null) {
                throw new IllegalStateException("country-regions.csv is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] values = line.split(",");
                subregionOfCountry.put(values[0], values[2]);
                regionOfSubregion.put(values[2], values[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(subregionOfCountry, regionOfSubregion);
    }

    /** The country's sub-region, or null when unknown. */
    public String subregion(String country) {
        return country == null ? null : subregions.get(country);
    }

    /** The country's region, or null when unknown. */
    public String region(String country) {
        String subregion = subregion(country);
        return subregion == null ? null : regions.get(subregion);
    }

    public double proximity(String countryA, String countryB) {
        if (countryA == null || countryB == null) {
            return 0;
        }
        if (countryA.equals(countryB)) {
            return 1;
        }
        String subregionA = subregions.get(countryA);
        String subregionB = subregions.get(countryB);
        if (subregionA == null || subregionB == null) {
            return 0;
        }
        if (subregionA.equals(subregionB)) {
            return SAME_SUBREGION;
        }
        return regions.get(subregionA).equals(regions.get(subregionB)) ? SAME_REGION : 0;
    }
}
