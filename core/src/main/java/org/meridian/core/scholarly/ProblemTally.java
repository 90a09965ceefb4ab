package org.meridian.core.scholarly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Problems counted by kind, with the first few samples of each kind. One tally per file while reading;
 * {@link #add(ProblemTally)} merges them into a run's tally. Not thread-safe, except through {@code add}
 * when the target is shared (it synchronises on itself).
 */
public final class ProblemTally {

    /** Samples kept per kind. */
    public static final int SAMPLES_PER_KIND = 5;

    private final long[] counts = new long[ProblemKind.values().length];
    private final Map<ProblemKind, List<ProblemSample>> samples = new EnumMap<>(ProblemKind.class);

    public void report(ProblemKind kind, String file, long line, String detail) {
        if (counts[kind.ordinal()]++ < SAMPLES_PER_KIND) {
            samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(new ProblemSample(kind, file, line, detail));
        }
    }

    public synchronized void add(ProblemTally other) {
        synchronized (other) {
            for (ProblemKind kind : ProblemKind.values()) {
                counts[kind.ordinal()] += other.counts[kind.ordinal()];
                List<ProblemSample> mine = samples.computeIfAbsent(kind, k -> new ArrayList<>());
                for (ProblemSample sample : other.samples(kind)) {
                    if (mine.size() < SAMPLES_PER_KIND) {
                        mine.add(sample);
                    }
                }
            }
        }
    }

    public synchronized long count(ProblemKind kind) {
        return counts[kind.ordinal()];
    }

    public synchronized List<ProblemSample> samples(ProblemKind kind) {
        return List.copyOf(samples.getOrDefault(kind, Collections.emptyList()));
    }

    /** Lines rejected: the sum over the kinds that reject a line. */
    public synchronized long rejectedLines() {
        long rejected = 0;
        for (ProblemKind kind : ProblemKind.values()) {
            if (kind.rejectsLine()) {
                rejected += counts[kind.ordinal()];
            }
        }
        return rejected;
    }

    public synchronized boolean isEmpty() {
        for (long count : counts) {
            if (count > 0) {
                return false;
            }
        }
        return true;
    }
}
