package org.meridian.core.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Skipping an object or array (bracket counting, with strings scanned eight bytes at a time) must end exactly where
 * a byte-by-byte scan ends, and fail where and as it fails: on random nested values with brackets, quotes and
 * backslashes inside strings, cut short at random, at every offset against the eight-byte words and near the end
 * of the buffer.
 */
class JsonScannerSkipTests {

    @Test
    void endsWhereAByteByByteScanEnds() {
        Random random = new Random(17);
        int compared = 0;
        int truncated = 0;
        for (int i = 0; i < 100_000; i++) {
            String value = nested(random);
            boolean cut = random.nextInt(4) == 0;
            String text = cut ? value.substring(0, random.nextInt(value.length())) : value;
            String blanks = " ".repeat(random.nextInt(9));
            String record = blanks + text + (random.nextBoolean() ? ",\"next\":1}" : "") + "\n";
            byte[] bytes = withSpare(record.getBytes(StandardCharsets.UTF_8), random.nextInt(12));
            int start = blanks.length();
            if (start >= record.length() - 1 || (bytes[start] != '{' && bytes[start] != '[')) {
                continue;
            }

            assertThat(skipped(bytes, start)).as(record).isEqualTo(byteByByte(bytes, start));
            compared++;
            truncated += cut ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(80_000);
        assertThat(truncated).isGreaterThan(15_000);
    }

    @Test
    void aBracketInsideAStringDoesNotCount() {
        byte[] bytes = "{\"a\":\"}]\\\"{\",\"b\":[\"[\"]} rest\n".getBytes(StandardCharsets.UTF_8);

        assertThat(skipped(bytes, 0)).isEqualTo("ends at 23");
    }

    @Test
    void anEscapeAcrossTwoWordsIsHonoured() {
        // the backslash is the eighth byte of the first word and escapes the quote that opens the second
        byte[] bytes = "[\"abcde\\\"}]\"]\n".getBytes(StandardCharsets.UTF_8);

        assertThat(skipped(bytes, 0)).isEqualTo("ends at 13");
    }

    private static String skipped(byte[] bytes, int start) {
        JsonScanner scanner = new JsonScanner();
        scanner.reset(bytes, start);
        try {
            scanner.skipValue();
            return "ends at " + scanner.position;
        } catch (JsonScanner.MalformedJson malformed) {
            return malformed.getMessage() + " at " + malformed.offset;
        }
    }

    /** The plain scan: one byte at a time, a backslash in a string takes the next byte with it. */
    private static String byteByByte(byte[] bytes, int start) {
        int depth = 0;
        boolean inString = false;
        for (int p = start; ; p++) {
            byte c = bytes[p];
            if (inString) {
                if (c == '"') {
                    inString = false;
                } else if (c == '\\' && bytes[p + 1] != '\n') {
                    p++;
                } else if (c == '\\' || c == '\n') {
                    return "unterminated string at " + p;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return "ends at " + (p + 1);
            } else if (c == '\n') {
                return "unterminated object or array at " + p;
            }
        }
    }

    private static byte[] withSpare(byte[] record, int spare) {
        byte[] bytes = new byte[record.length + spare];
        System.arraycopy(record, 0, bytes, 0, record.length);
        java.util.Arrays.fill(bytes, record.length, bytes.length, (byte) '\n');
        return bytes;
    }

    private static String nested(Random random) {
        String value;
        do {
            value = value(random, 0);
        } while (value.charAt(0) != '{' && value.charAt(0) != '[');
        return value;
    }

    private static String value(Random random, int depth) {
        switch (depth > 5 ? random.nextInt(3) : random.nextInt(6)) {
            case 0:
                return string(random);
            case 1:
                return Integer.toString(random.nextInt(100_000) - 500);
            case 2:
                return random.nextBoolean() ? "true" : "null";
            case 3:
            case 4: {
                StringBuilder object = new StringBuilder("{");
                int members = random.nextInt(5);
                for (int i = 0; i < members; i++) {
                    object.append(i == 0 ? "" : random.nextInt(4) == 0 ? " , " : ",");
                    object.append(string(random)).append(':').append(value(random, depth + 1));
                }
                return object.append('}').toString();
            }
            default: {
                StringBuilder array = new StringBuilder("[");
                int elements = random.nextInt(6);
                for (int i = 0; i < elements; i++) {
                    array.append(i == 0 ? "" : ",").append(value(random, depth + 1));
                }
                return array.append(']').toString();
            }
        }
    }

    /** Strings with brackets, commas, colons, escaped quotes and backslashes, \n escapes and multi-byte text. */
    private static String string(Random random) {
        String alphabet = "ab{}[]\"\\ xyz:,é中";
        StringBuilder text = new StringBuilder("\"");
        int length = random.nextInt(random.nextInt(10) == 0 ? 60 : 12);
        for (int i = 0; i < length; i++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (c == '"' || c == '\\') {
                text.append('\\').append(random.nextInt(3) == 0 ? 'n' : c);
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
