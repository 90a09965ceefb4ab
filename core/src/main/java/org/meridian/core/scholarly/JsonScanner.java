package org.meridian.core.scholarly;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over the bytes of one JSON Lines record. The record ends at a line feed, which serves as the
 * sentinel: every loop stops on it, so no loop needs a separate bounds check and a record can never run into
 * the next one. Values that are not kept are skipped by bracket counting that is aware of strings; kept
 * strings are located as byte ranges ({@link #start}, {@link #end}) and only turned into {@code String}s on
 * request.
 */
final class JsonScanner {

    private static final byte[] STRING_STOP = new byte[256];
    private static final byte[] STRUCTURE_STOP = new byte[256];

    static {
        STRING_STOP['"'] = 1;
        STRING_STOP['\\'] = 1;
        STRING_STOP['\n'] = 1;
        for (char c : new char[] { '"', '{', '}', '[', ']', '\n' }) {
            STRUCTURE_STOP[c] = 1;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    /** Length of {@code https://openalex.org/}, the prefix of every entity id (W, A, I, T, S, ...). */
    private static final int OPENALEX_PREFIX = 21;

    byte[] bytes;
    int position;
    /** Range of the last scanned string, without quotes, and whether it holds escapes. */
    int start;
    int end;
    boolean escaped;
    /** The last scanned key: hash and first and last eight bytes (see {@link #key()}). */
    int keyHash;
    long keyFirst;
    long keyLast;

    void reset(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    /** Skips blanks and returns the next byte without consuming it; a line feed ends the record. */
    byte peek() {
        byte[] b = bytes;
        int p = position;
        byte c = b[p];
        while (c == ' ' || c == '\t' || c == '\r') {
            c = b[++p];
        }
        position = p;
        return c;
    }

    void expect(char expected) {
        if (peek() != expected) {
            throw fail("expected '" + expected + "'");
        }
        position++;
    }

    /** After a member or element: true when another follows (a comma), false at the closing bracket. */
    boolean more(char closing) {
        byte c = peek();
        position++;
        if (c == ',') {
            return true;
        }
        if (c != closing) {
            position--;
            throw fail("expected ',' or '" + closing + "'");
        }
        return false;
    }

    /** Consumes {@code null} if it comes next. */
    boolean nullValue() {
        if (peek() == 'n') {
            literal("null");
            return true;
        }
        return false;
    }

    /**
     * Scans a key and its colon. The key's range is left in {@link #start}/{@link #end}, and its first and
     * last eight bytes ({@link #keyFirst}, {@link #keyLast}, zero-padded when shorter) with a hash of them,
     * which identify any key of up to 16 bytes without a byte loop. A key with escapes gets hash 0 and
     * words 0, which no table key has.
     */
    void key() {
        expect('"');
        byte[] b = bytes;
        int from = position;
        int p = stringStop(b, from);
        start = from;
        if (b[p] != '"') {
            position = p;
            skipStringBody();
            end = position - 1;
            keyFirst = 0;
            keyLast = 0;
            keyHash = 0;
        } else {
            end = p;
            position = p + 1;
            int length = p - from;
            long first;
            long last;
            if (from + 8 <= b.length && length >= 8) {
                first = (long) LONGS.get(b, from);
                last = (long) LONGS.get(b, p - 8);
            } else if (from + 8 <= b.length) {
                first = (long) LONGS.get(b, from) & (length == 0 ? 0 : -1L >>> (64 - 8 * length));
                last = first;
            } else {
                first = firstWord(b, from, length);
                last = lastWord(b, from + length, length);
            }
            keyFirst = first;
            keyLast = last;
            keyHash = keyHash(first, last, length);
        }
        expect(':');
    }

    /** The first min(8, length) bytes from {@code from} as a little-endian word, zero-padded. */
    static long firstWord(byte[] b, int from, int length) {
        long word = 0;
        for (int i = Math.min(8, length) - 1; i >= 0; i--) {
            word = (word << 8) | (b[from + i] & 0xFF);
        }
        return word;
    }

    /** The last eight bytes before {@code to}, or for a shorter key the same word as {@link #firstWord}. */
    static long lastWord(byte[] b, int to, int length) {
        return length >= 8 ? firstWord(b, to - 8, 8) : firstWord(b, to - length, length);
    }

    static int keyHash(long first, long last, int length) {
        long h = first * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(last * 0xC2B2AE3D27D4EB4FL, 31) ^ length;
        return (int) (h ^ (h >>> 32));
    }

    /** Scans a string value; the caller has already seen its opening quote with {@link #peek()}. */
    void string() {
        expect('"');
        start = position;
        escaped = skipStringBody();
        end = position - 1;
    }

    /** True when the last scanned string equals {@code expected} byte for byte. */
    boolean stringEquals(byte[] expected) {
        return end - start == expected.length && sameBytes(bytes, start, expected, expected.length);
    }

    /** Byte comparison for short keys, where a plain loop beats the vectorised mismatch's set-up. */
    static boolean sameBytes(byte[] bytes, int from, byte[] expected, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean skipStringBody() {
        byte[] b = bytes;
        int p = position;
        boolean sawEscape = false;
        while (true) {
            p = stringStop(b, p);
            byte c = b[p];
            if (c == '"') {
                position = p + 1;
                return sawEscape;
            }
            if (c == '\\' && b[p + 1] != '\n') {
                sawEscape = true;
                p += 2;
            } else {
                position = p;
                throw fail("unterminated string");
            }
        }
    }

    /**
     * The index of the first quote, backslash or line feed at or after {@code p}, eight bytes at a time: a
     * byte equal to one of them makes its lane of {@code (x - 0x01..) & ~x} set its high bit; the lowest
     * such lane is exact (borrows only run upward).
     */
    private static int stringStop(byte[] b, int p) {
        int limit = b.length - 8;
        while (p <= limit) {
            long word = (long) LONGS.get(b, p);
            long quote = word ^ QUOTES;
            long backslash = word ^ BACKSLASHES;
            long lineFeed = word ^ LINE_FEEDS;
            long found = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (lineFeed - ONES) & ~lineFeed) & HIGHS;
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (STRING_STOP[b[p] & 0xFF] == 0) {
            p++;
        }
        return p;
    }

    /** Skips any value: objects and arrays by counting brackets outside strings. */
    void skipValue() {
        byte c = peek();
        switch (c) {
            case '"' -> {
                position++;
                skipStringBody();
            }
            case '{', '[' -> skipNested();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> skipNumber();
        }
    }

    private void skipNested() {
        byte[] b = bytes;
        int p = position;
        int depth = 0;
        while (true) {
            byte c;
            while (STRUCTURE_STOP[(c = b[p]) & 0xFF] == 0) {
                p++;
            }
            p++;
            if (c == '"') {
                while (true) {
                    p = stringStop(b, p);
                    c = b[p];
                    if (c == '"') {
                        p++;
                        break;
                    }
                    if (c == '\\' && b[p + 1] != '\n') {
                        p += 2;
                    } else {
                        position = p;
                        throw fail("unterminated string");
                    }
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    position = p;
                    return;
                }
            } else {
                position = p - 1;
                throw fail("unterminated " + (depth > 0 ? "object or array" : "value"));
            }
        }
    }

    /**
     * Skips the object starting here if its bytes equal {@code known} (a complete object seen before): a
     * balanced object that matches byte for byte ends where the known one ends.
     */
    boolean skipIfEqual(byte[] known) {
        int p = position;
        if (p + known.length <= bytes.length && java.util.Arrays.equals(bytes, p, p + known.length, known, 0, known.length)) {
            position = p + known.length;
            return true;
        }
        return false;
    }

    private void skipNumber() {
        byte[] b = bytes;
        int p = position;
        byte c;
        while (((c = b[p]) >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
            p++;
        }
        if (p == position) {
            throw fail("unexpected character");
        }
        position = p;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (bytes[position + i] != word.charAt(i)) {
                throw fail("unexpected character");
            }
        }
        position += word.length();
    }

    boolean booleanValue() {
        byte c = peek();
        if (c == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    /** True when the next value is a number (possibly negative). */
    boolean atNumber() {
        byte c = peek();
        return (c >= '0' && c <= '9') || c == '-';
    }

    /** Reads an integer; a fraction or exponent is parsed and truncated toward zero. */
    long longValue() {
        byte[] b = bytes;
        int p = position;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long value = 0;
        byte c;
        int digitsFrom = p;
        while ((c = b[p]) >= '0' && c <= '9' && p - digitsFrom < 18) {
            value = value * 10 + (c - '0');
            p++;
        }
        if (p == digitsFrom) {
            throw fail("expected a number");
        }
        if (c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9')) {
            return (long) doubleValue();
        }
        position = p;
        return negative ? -value : value;
    }

    /**
     * Reads a number. Plain decimals of up to 18 digits with up to 22 after the point take an exact fast path:
     * one division when the digits fit a double's 53-bit significand, else one division and a correction (see
     * {@link #nearest}); everything else goes to {@link Double#parseDouble}. OpenAlex writes its scores as
     * 17-digit decimals (single-precision values printed as doubles), so the correction is the common case.
     */
    double doubleValue() {
        int from = position;
        byte[] b = bytes;
        int p = from;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        byte c;
        while (((c = b[p]) >= '0' && c <= '9') || (c == '.' && fraction < 0)) {
            if (c == '.') {
                fraction = 0;
            } else {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            }
            p++;
        }
        if (digits > 0 && digits <= MAX_FAST_DIGITS && fraction <= MAX_FAST_FRACTION && c != 'e' && c != 'E') {
            double value = nearest(mantissa, Math.max(0, fraction));
            if (!Double.isNaN(value)) {
                position = p;
                return negative ? -value : value;
            }
        }
        position = from;
        skipNumber();
        try {
            return Double.parseDouble(new String(bytes, from, position - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException notANumber) {
            throw fail("not a number");
        }
    }

    private static final int MAX_FAST_DIGITS = 18;
    private static final int MAX_FAST_FRACTION = 22;
    private static final long EXACT_SIGNIFICAND = 1L << 53;
    /** 10^0 to 10^22: every one is a double exactly. */
    private static final double[] POWERS_OF_TEN = new double[MAX_FAST_FRACTION + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * The double nearest to {@code digits / 10^fraction} (0 ≤ digits < 10^18, fraction ≤ 22), or NaN when
     * this cannot be told cheaply. Where the digits fit 53 bits, the quotient of two exact doubles is correctly
     * rounded. Otherwise the quotient q is within two units in the last place; the exact residual
     * {@code digits − q·10^fraction} (a long difference less the error term of a fused multiply-add) tells
     * whether the true value lies within half a unit of q or of one of its neighbours. Values too close to a
     * midpoint to decide from the rounded residual, and powers of two (whose lower neighbour is nearer),
     * answer NaN.
     */
    static double nearest(long digits, int fraction) {
        if (digits <= EXACT_SIGNIFICAND || fraction == 0) {
            return fraction == 0 ? (double) digits : digits / POWERS_OF_TEN[fraction];
        }
        double scale = POWERS_OF_TEN[fraction];
        double q = digits / scale;
        double product = q * scale;
        double error = Math.fma(q, scale, -product);
        double residual = (double) (digits - (long) product) - error;
        double half = Math.ulp(q) * 0.5 * scale;
        double margin = 4 * Math.ulp(Math.max(Math.abs(residual), half));
        double distance = Math.abs(residual);
        if ((Double.doubleToRawLongBits(q) & 0x000F_FFFF_FFFF_FFFFL) == 0 || Math.abs(distance - half) <= margin
                || distance >= 3 * half - margin) {
            return Double.NaN;
        }
        if (distance < half) {
            return q;
        }
        return residual > 0 ? Math.nextUp(q) : Math.nextDown(q);
    }

    /** The last scanned string as text, with JSON escapes decoded. */
    String text() {
        return escaped ? JsonEscapes.decode(bytes, start, end) : new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** The part of the last scanned string after its last '/': OpenAlex's short id of an id URL. */
    String shortId() {
        int from = shortIdStart();
        if (escaped) {
            return JsonEscapes.decode(bytes, from, end);
        }
        return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * The number of the work id that the last scanned string (without escapes) ends with, as
     * {@link WorkLineParser#workNumber} reads it from {@link #shortId()}: W and one to eighteen digits, or -1.
     */
    long workNumber() {
        int from = shortIdStart();
        int length = end - from;
        if (length < 2 || length > 19 || bytes[from] != 'W') {
            return -1;
        }
        long number = 0;
        for (int p = from + 1; p < end; p++) {
            int digit = bytes[p] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            number = number * 10 + digit;
        }
        return number;
    }

    /** Start of the short id in the last scanned string (see {@link #shortId()}). */
    int shortIdStart() {
        int prefixEnd = start + OPENALEX_PREFIX;
        if (prefixEnd < end && bytes[prefixEnd - 1] == '/' && bytes[prefixEnd] >= 'A' && bytes[prefixEnd] <= 'Z'
                && bytes[start + 4] == 's') {
            return prefixEnd;
        }
        int from = end;
        while (from > start && bytes[from - 1] != '/') {
            from--;
        }
        return from;
    }

    /** Moves to the line feed that ends the current record and returns its index. */
    int lineEnd() {
        byte[] b = bytes;
        int p = position;
        while (b[p] != '\n') {
            p++;
        }
        return p;
    }

    MalformedJson fail(String reason) {
        return new MalformedJson(reason, position);
    }

    /** A record that is not valid JSON; carries the byte offset where scanning stopped. Cheap: no stack. */
    static final class MalformedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedJson(String reason, int offset) {
            super(reason, null, false, false);
            this.offset = offset;
        }
    }
}
