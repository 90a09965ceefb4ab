package org.meridian.core.landscape;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The example works of every (unit, finest field): the {@code perKey} most cited by NCS (ties by work id), in
 * that order. One open-addressing table of a key array and a flat array of {@code perKey} references per slot,
 * rather than a map of lists: a landscape of a million works with authors has millions of (unit, field) keys,
 * and a boxed key, a map entry and a list each cost more than the examples they hold.
 */
final class Examples {

    static final Comparator<ExampleWork> ORDER = Comparator.comparingDouble(ExampleWork::ncs).reversed()
            .thenComparing(ExampleWork::workId);
    private static final long EMPTY = 0;

    private final int perKey;
    private long[] keys = new long[1 << 10];
    /** {@code perKey} places per slot of {@code keys}, then one more row: that of key 0, which marks an empty slot. */
    private ExampleWork[] kept;
    private int size;

    Examples(int perKey) {
        this.perKey = perKey;
        this.kept = new ExampleWork[(keys.length + 1) * perKey];
    }

    /** Offers a work under a key (already spread, see {@link LandscapeBuilder#exampleKey}); keeps it if it ranks. */
    void offer(long key, ExampleWork work) {
        if (perKey > 0) {
            insert(key == EMPTY ? zeroKeyRow() : slotFor(key) * perKey, work);
        }
    }

    /** Where the row of key 0 starts in {@code kept}. */
    private int zeroKeyRow() {
        return keys.length * perKey;
    }

    /** Inserts into the sorted run of {@code perKey} places from {@code from}, dropping the last when full. */
    private void insert(int from, ExampleWork work) {
        int at = from;
        int end = from + perKey;
        while (at < end && kept[at] != null && ORDER.compare(kept[at], work) <= 0) {
            at++;
        }
        if (at == end) {
            return;
        }
        System.arraycopy(kept, at, kept, at + 1, end - at - 1);
        kept[at] = work;
    }

    private int slotFor(long key) {
        int mask = keys.length - 1;
        int slot = home(key, mask);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        if (size + 1 > keys.length * 3 / 4) {
            grow();
            return slotFor(key);
        }
        keys[slot] = key;
        size++;
        return slot;
    }

    /** The first slot to look at: the key's high and low halves folded (its spreading multiplication mixes upward). */
    private static int home(long key, int mask) {
        return (int) (key >>> 32 ^ key) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        ExampleWork[] oldKept = kept;
        int oldZeroKeyRow = zeroKeyRow();
        keys = new long[oldKeys.length * 2];
        kept = new ExampleWork[(keys.length + 1) * perKey];
        System.arraycopy(oldKept, oldZeroKeyRow, kept, zeroKeyRow(), perKey);
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            long key = oldKeys[old];
            if (key != EMPTY) {
                int slot = home(key, mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                System.arraycopy(oldKept, old * perKey, kept, slot * perKey, perKey);
            }
        }
    }

    /** The examples kept under a key, best first; empty when none. */
    List<ExampleWork> get(long key) {
        int from = perKey == 0 ? -1 : key == EMPTY ? zeroKeyRow() : find(key);
        if (from < 0) {
            return List.of();
        }
        int count = 0;
        while (count < perKey && kept[from + count] != null) {
            count++;
        }
        return List.of(Arrays.copyOfRange(kept, from, from + count));
    }

    /** Where a key's row starts in {@code kept}, or -1 when the key has none. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = home(key, mask);
        while (keys[slot] != key) {
            if (keys[slot] == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        return slot * perKey;
    }
}
