package org.meridian.core.scholarly.generator;

/**
 * What to generate: {@code works} works published from {@code firstYear} to {@code lastYear}, drawn from a
 * seeded {@link java.util.Random} so that equal settings give equal works. The number of institutions
 * follows the number of works (one per hundred works, between 200 and 20,000) unless given.
 */
public record GeneratorSettings(long works, long seed, int firstYear, int lastYear, int institutions) {

    public GeneratorSettings {
        if (works < 0 || firstYear > lastYear || institutions < 2) {
            throw new IllegalArgumentException("works >= 0, firstYear <= lastYear and institutions >= 2 required");
        }
    }

    public static GeneratorSettings of(long works, long seed) {
        return new GeneratorSettings(works, seed, 2015, 2024, (int) Math.max(200, Math.min(20_000, works / 100)));
    }
}
