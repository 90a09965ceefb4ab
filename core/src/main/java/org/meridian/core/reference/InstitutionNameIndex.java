package org.meridian.core.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * An in-memory index that finds institutions by the start of their name or of any later word of it, in
 * English or Chinese, in time proportional to the logarithm of the registry's size plus the number of matches.
 * <p>
 * Every name key (see {@link NameKey}) contributes one posting per word start; the postings are sorted by the
 * text from that word start to the end of the key, so the postings whose text starts with a prefix are one
 * contiguous run found by binary search. A posting packs the entry's rank in name order (high 32 bits), which
 * of its keys (bits 16-23: 0 English, 1 Chinese) and the word's offset in that key (low 16 bits).
 * <p>
 * Matches come in relevance order: names that start with the prefix first, then names with a later word that
 * does, each group in name-key order. Immutable once built, so it can be read by many threads.
 */
public final class InstitutionNameIndex {

    private static final int MAX_OFFSET = 0xFFFF;

    /** What the index knows of one institution: enough to filter and order matches without the database. */
    public record Entry(String id, String nameKey, String nameZhKey, String countryCode, InstitutionType type) {
    }

    private final Entry[] entries;
    private final long[] postings;

    private InstitutionNameIndex(Entry[] entries, long[] postings) {
        this.entries = entries;
        this.postings = postings;
    }

    public static InstitutionNameIndex of(List<Entry> institutions) {
        Entry[] entries = institutions.toArray(Entry[]::new);
        Arrays.sort(entries, Comparator.comparing(Entry::nameKey).thenComparing(Entry::id));
        Postings postings = new Postings(entries.length * 4);
        for (int rank = 0; rank < entries.length; rank++) {
            addWordStarts(postings, rank, 0, entries[rank].nameKey());
            addWordStarts(postings, rank, 1, entries[rank].nameZhKey());
        }
        long[] sorted = postings.toArray();
        mergeSort(entries, sorted, sorted.clone(), 0, sorted.length);
        return new InstitutionNameIndex(entries, sorted);
    }

    public int size() {
        return entries.length;
    }

    /**
     * The entries passing {@code filter} whose English or Chinese name, or a word of it, starts with the
     * {@link NameKey} of {@code prefix}; all entries passing the filter, in name order, for an empty prefix.
     */
    public List<Entry> find(String prefix, Predicate<Entry> filter) {
        String key = NameKey.of(prefix);
        if (key.isEmpty()) {
            return Arrays.stream(entries).filter(filter).toList();
        }
        BitSet startsWith = new BitSet(entries.length);
        BitSet wordStartsWith = new BitSet(entries.length);
        for (int i = firstAtOrAfter(key); i < postings.length && textStartsWith(postings[i], key); i++) {
            int rank = rank(postings[i]);
            (offset(postings[i]) == 0 ? startsWith : wordStartsWith).set(rank);
        }
        wordStartsWith.andNot(startsWith);
        List<Entry> matches = new ArrayList<>();
        collect(startsWith, filter, matches);
        collect(wordStartsWith, filter, matches);
        return matches;
    }

    private void collect(BitSet ranks, Predicate<Entry> filter, List<Entry> into) {
        for (int rank = ranks.nextSetBit(0); rank >= 0; rank = ranks.nextSetBit(rank + 1)) {
            if (filter.test(entries[rank])) {
                into.add(entries[rank]);
            }
        }
    }

    private int firstAtOrAfter(String key) {
        int low = 0;
        int high = postings.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compareText(postings[middle], key) < 0) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    private boolean textStartsWith(long posting, String key) {
        String text = text(entries, posting);
        return text.startsWith(key, offset(posting));
    }

    private int compareText(long posting, String key) {
        String text = text(entries, posting);
        int offset = offset(posting);
        int length = Math.min(text.length() - offset, key.length());
        for (int i = 0; i < length; i++) {
            int difference = text.charAt(offset + i) - key.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return (text.length() - offset) - key.length();
    }

    /** A growable array of postings, so that building the index boxes no numbers. */
    private static final class Postings {

        private long[] values;
        private int size;

        Postings(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long posting) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = posting;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Sorts {@code postings[from, to)} by their texts; {@code buffer} holds the same values on entry. */
    private static void mergeSort(Entry[] entries, long[] postings, long[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(entries, buffer, postings, from, middle);
        mergeSort(entries, buffer, postings, middle, to);
        for (int out = from, left = from, right = middle; out < to; out++) {
            if (right >= to || (left < middle && compareTexts(entries, buffer[left], buffer[right]) <= 0)) {
                postings[out] = buffer[left++];
            }
            else {
                postings[out] = buffer[right++];
            }
        }
    }

    private static void addWordStarts(Postings postings, int rank, int keyIndex, String key) {
        if (key == null || key.isEmpty()) {
            return;
        }
        for (int offset = 0; offset < key.length() && offset <= MAX_OFFSET; offset++) {
            if (offset == 0 || key.charAt(offset - 1) == ' ') {
                postings.add(((long) rank << 32) | ((long) keyIndex << 16) | offset);
            }
        }
    }

    private static int compareTexts(Entry[] entries, long a, long b) {
        String textA = text(entries, a);
        String textB = text(entries, b);
        int offsetA = offset(a);
        int offsetB = offset(b);
        int length = Math.min(textA.length() - offsetA, textB.length() - offsetB);
        for (int i = 0; i < length; i++) {
            int difference = textA.charAt(offsetA + i) - textB.charAt(offsetB + i);
            if (difference != 0) {
                return difference;
            }
        }
        return (textA.length() - offsetA) - (textB.length() - offsetB);
    }

    private static String text(Entry[] entries, long posting) {
        Entry entry = entries[rank(posting)];
        return ((posting >>> 16) & 0xFF) == 0 ? entry.nameKey() : entry.nameZhKey();
    }

    private static int rank(long posting) {
        return (int) (posting >>> 32);
    }

    private static int offset(long posting) {
        return (int) (posting & 0xFFFF);
    }
}
