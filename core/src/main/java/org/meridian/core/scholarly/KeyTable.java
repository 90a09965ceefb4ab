package org.meridian.core.scholarly;

import java.nio.charset.StandardCharsets;

/**
 * The field names of one kind of JSON object mapped to small codes, looked up by the hash the scanner
 * computed while reading the key, so that matching a key costs one probe and one byte comparison.
 */
final class KeyTable {

    static final int UNKNOWN = -1;

    private final byte[][] names;
    private final int[] hashes;
    private final int[] codes;
    private final int mask;

    /** {@code names[i]} gets code {@code i}. */
    KeyTable(String... names) {
        int size = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
        this.names = new byte[size][];
        this.hashes = new int[size];
        this.codes = new int[size];
        this.mask = size - 1;
        for (int code = 0; code < names.length; code++) {
            byte[] name = names[code].getBytes(StandardCharsets.UTF_8);
            int hash = 0;
            for (byte b : name) {
                hash = 31 * hash + b;
            }
            int slot = spread(hash) & mask;
            while (this.names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            this.names[slot] = name;
            this.hashes[slot] = hash;
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
            if (hashes[slot] == hash && name.length == length
                    && JsonScanner.sameBytes(scanner.bytes, scanner.start, name, length)) {
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
