package org.meridian.core.scholarly;

import java.util.Arrays;

/**
 * Values remembered by the raw bytes of a key (an id, a country code), each with the raw bytes of the JSON
 * it was built from, so a repeated institution or topic costs a comparison instead of new strings. A hit
 * requires both the key and the source bytes to match; the cache stops growing at its capacity.
 */
final class ByteKeyedCache<V> {

    private final int capacity;
    private byte[][] keys;
    private byte[][] sources;
    private Object[] values;
    private int[] hashes;
    private int size;

    ByteKeyedCache(int capacity) {
        this.capacity = capacity;
        allocate(1024);
    }

    static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }

    /** The value stored for this key whose source equals {@code bytes[sourceFrom, sourceTo)}, or null. */
    @SuppressWarnings("unchecked")
    V get(byte[] bytes, int keyFrom, int keyTo, int hash, int sourceFrom, int sourceTo) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        byte[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && key.length == keyTo - keyFrom && JsonScanner.sameBytes(bytes, keyFrom, key, key.length)) {
                byte[] source = sources[slot];
                return source.length == sourceTo - sourceFrom && JsonScanner.sameBytes(bytes, sourceFrom, source, source.length)
                        ? (V) values[slot] : null;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** The slot holding this key, or -1; see {@link #source(int)} and {@link #value(int)}. */
    int find(byte[] bytes, int keyFrom, int keyTo, int hash) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        byte[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && key.length == keyTo - keyFrom && JsonScanner.sameBytes(bytes, keyFrom, key, key.length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    byte[] source(int slot) {
        return sources[slot];
    }

    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }

    /** Stores or replaces the value of this key. */
    void put(byte[] bytes, int keyFrom, int keyTo, int hash, int sourceFrom, int sourceTo, V value) {
        if (size >= capacity) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = hash & mask;
        byte[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && Arrays.equals(bytes, keyFrom, keyTo, key, 0, key.length)) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (key == null) {
            keys[slot] = Arrays.copyOfRange(bytes, keyFrom, keyTo);
            hashes[slot] = hash;
            size++;
        }
        sources[slot] = Arrays.copyOfRange(bytes, sourceFrom, sourceTo);
        values[slot] = value;
    }

    private void allocate(int slots) {
        keys = new byte[slots][];
        sources = new byte[slots][];
        values = new Object[slots];
        hashes = new int[slots];
    }

    private void grow() {
        byte[][] oldKeys = keys;
        byte[][] oldSources = sources;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                sources[slot] = oldSources[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
