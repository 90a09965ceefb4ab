package org.meridian.core.scholarly;

import java.nio.charset.StandardCharsets;

/**
 * The field names of one kind of JSON object mapped to small codes, looked up by the hash and the first and
 * last eight bytes the scanner read with the key: a key of up to 16 bytes matches with two word comparisons.
 */
final class KeyTable {

    static final int UNKNOWN = -1;

    private final byte[][] names;
    private final int[] hashes;
    private final long[] firsts;
    private final long[] lasts;
    private final int[] codes;
    private final int mask;

    /** {@code names[i]} gets code {@code i}. */
    KeyTable(String... names) {
        int size = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
        this.names = new byte[size][];
        this.hashes = new int[size];
        this.firsts = new long[size];
        this.lasts = new long[size];
        this.codes = new int[size];
        this.mask = size - 1;
        for (int code = 0; code < names.length; code++) {
            byte[] name = names[code].getBytes(StandardCharsets.UTF_8);
            long first = JsonScanner.firstWord(name, 0, name.length);
            long last = JsonScanner.lastWord(name, name.length, name.length);
            int hash = JsonScanner.keyHash(first, last, name.length);
            int slot = spread(hash) & mask;
            while (this.names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            this.names[slot] = name;
            this.hashes[slot] = hash;
            this.firsts[slot] = first;
            this.lasts[slot] = last;
            this.codes[slot] = code;
        }
    }

    /** The code of the key the scanner has just read, or {@link #UNKNOWN}. */
    int code(JsonScanner scanner) {
        int hash = scanner.keyHash;
        int length = scanner.end - scanner.start;
        int slot = spread(hash) & mask;
        byte[] name;
        while ((name = names[slot]) != null) {
            if (hashes[slot] == hash && name.length == length && firsts[slot] == scanner.keyFirst
                    && lasts[slot] == scanner.keyLast
                    && (length <= 16 || JsonScanner.sameBytes(scanner.bytes, scanner.start, name, length))) {
                return codes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
