package org.meridian.core.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The scanner reads every number to the same double as {@link Double#parseDouble}, bit for bit. */
class JsonScannerNumberTests {

    private final JsonScanner scanner = new JsonScanner();

    @Test
    void readsOpenAlexScoresExactly() {
        // OpenAlex scores are four-decimal single-precision values printed as doubles: 0.9995999932289124
        for (int k = 0; k <= 10_000; k++) {
            assertReadsExactly(Double.toString((double) (float) (k / 10_000.0)));
            assertReadsExactly(Double.toString(k / 10_000.0));
        }
    }

    @Test
    void readsRandomDecimalsOfUpTo18DigitsExactly() {
        Random random = new Random(20261130);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(18);
            long value = Math.floorMod(random.nextLong(), BigDecimal.TEN.pow(digits).longValueExact());
            int fraction = random.nextInt(23);
            String text = new BigDecimal(java.math.BigInteger.valueOf(value), fraction).toPlainString();
            assertReadsExactly(random.nextBoolean() ? text : "-" + text);
        }
    }

    @Test
    void readsShortestRepresentationsOfRandomDoublesExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(12));
                default -> Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL);
            };
            assertReadsExactly(Double.toString(value));
            assertReadsExactly(new BigDecimal(value).round(new java.math.MathContext(17)).toPlainString());
        }
    }

    @Test
    void readsValuesNextToMidpointsExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double low = 1e-3 + random.nextDouble() * 1e3;
            BigDecimal midpoint = new BigDecimal(low).add(new BigDecimal(Math.nextUp(low))).divide(BigDecimal.valueOf(2));
            for (int digits : new int[] { 16, 17, 18, 19 }) {
                assertReadsExactly(midpoint.round(new java.math.MathContext(digits)).toPlainString());
            }
            assertReadsExactly(midpoint.toPlainString());
        }
    }

    @Test
    void readsIntegersAndExponentsExactly() {
        for (String text : new String[] { "0", "-0", "0.0", "-0.0", "9007199254740993", "123456789012345678",
                "999999999999999999", "9223372036854775807", "1e300", "1.5E-7", "4.9e-324", "0.30000000000000004",
                "1.7976931348623157e308", "0.1000000000000000055511151231257827" }) {
            assertReadsExactly(text);
        }
    }

    private void assertReadsExactly(String text) {
        byte[] line = (text + ",\n").getBytes(StandardCharsets.ISO_8859_1);
        scanner.reset(line, 0);
        double read = scanner.doubleValue();
        assertThat(Double.doubleToRawLongBits(read)).as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        assertThat(scanner.position).as(text).isEqualTo(text.length());
    }
}
