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
    private ExampleWork[] kept;
    private int size;
    /** The row of key 0, which marks an empty slot in the table. */
    private final ExampleWork[] zeroKey;

    Examples(int perKey) {
        this.perKey = perKey;
        this.kept = new ExampleWork[keys.length * perKey];
        this.zeroKey = new ExampleWork[perKey];
    }

    /** Offers a work under a key (already spread, see {@link LandscapeBuilder#exampleKey}); keeps it if it ranks. */
    void offer(long key, ExampleWork work) {
        if (perKey == 0) {
            return;
        }
        ExampleWork[] row;
        int from;
        if (key == EMPTY) {
            row = zeroKey;
            from = 0;
        } else {
            int slot = slotFor(key);
            row = kept;
            from = slot * perKey;
        }
        insert(row, from, work);
    }

    /** Inserts into the row's sorted run of {@code perKey} places, dropping the last when full. */
    private void insert(ExampleWork[] row, int from, ExampleWork work) {
        int at = from;
        int end = from + perKey;
        while (at < end && row[at] != null && ORDER.compare(row[at], work) <= 0) {
            at++;
        }
        if (at == end) {
            return;
        }
        System.arraycopy(row, at, row, at + 1, end - at - 1);
        row[at] = work;
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
        keys = new long[oldKeys.length * 2];
        kept = new ExampleWork[keys.length * perKey];
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
        if (perKey == 0) {
            return List.of();
        }
        ExampleWork[] row;
        int from;
        if (key == EMPTY) {
            row = zeroKey;
            from = 0;
        } else {
            int mask = keys.length - 1;
            int slot = home(key, mask);
            while (keys[slot] != key) {
                if (keys[slot] == EMPTY) {
                    return List.of();
                }
                slot = (slot + 1) & mask;
            }
            row = kept;
            from = slot * perKey;
        }
        int count = 0;
        while (count < perKey && row[from + count] != null) {
            count++;
        }
        return List.of(Arrays.copyOfRange(row, from, from + count));
    }
}
