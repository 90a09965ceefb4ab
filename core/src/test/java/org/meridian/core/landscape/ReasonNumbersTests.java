package org.meridian.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Reasons write their numbers as {@code String.format(Locale.ROOT, "%.nf", x)} does, digit for digit. */
class ReasonNumbersTests {

    @Test
    void writesNumbersAsFormatDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9));
                case 2 -> Math.round(random.nextDouble() * 100_000) / 1000.0 + (random.nextBoolean() ? 0.0005 : 0.005);
                default -> random.nextInt(2000) / 8.0 - 100;
            };
            int places = random.nextInt(4);
            assertThat(ReasonNumbers.fixed(value, places)).as("%s, %d places", value, places)
                    .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
        }
    }

    @Test
    void writesSignsAndEdgesAsFormatDoes() {
        for (double value : new double[] { 0.0, -0.0, -0.001, 0.125, 0.375, 1.005, 2.5, -2.5, 1e-9, 123456789.987654,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
            for (int places = 0; places <= 3; places++) {
                assertThat(ReasonNumbers.fixed(value, places)).as("%s, %d places", value, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
            }
        }
    }
}
