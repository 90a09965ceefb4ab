package org.meridian.core.scholarly;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes the body of a JSON string that holds backslash escapes (RFC 8259 §7), UTF-8 elsewhere. */
final class JsonEscapes {

    private JsonEscapes() {
    }

    static String decode(byte[] bytes, int from, int to) {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream(to - from);
        int p = from;
        while (p < to) {
            byte c = bytes[p];
            if (c != '\\' || p + 1 >= to) {
                utf8.write(c);
                p++;
                continue;
            }
            byte kind = bytes[p + 1];
            p += 2;
            switch (kind) {
                case 'n' -> utf8.write('\n');
                case 't' -> utf8.write('\t');
                case 'r' -> utf8.write('\r');
                case 'b' -> utf8.write('\b');
                case 'f' -> utf8.write('\f');
                case 'u' -> {
                    int unit = p + 4 <= to ? hex(bytes, p) : -1;
                    if (unit < 0) {
                        utf8.write('?');
                        break;
                    }
                    p += 4;
                    int codePoint = unit;
                    if (Character.isHighSurrogate((char) unit) && p + 6 <= to && bytes[p] == '\\' && bytes[p + 1] == 'u') {
                        int low = hex(bytes, p + 2);
                        if (low >= 0 && Character.isLowSurrogate((char) low)) {
                            codePoint = Character.toCodePoint((char) unit, (char) low);
                            p += 6;
                        }
                    }
                    byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                    utf8.write(encoded, 0, encoded.length);
                }
                default -> utf8.write(kind);
            }
        }
        return utf8.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte[] bytes, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
