package org.meridian.core.indicators;

import java.util.Arrays;

/**
 * The credit one kind of unit (institutions, or countries) receives on the work being read: for each unit on the
 * work, Σ_a [unit ∈ S_a] / |S_a| over its authorships and whether one of those authorships is corresponding.
 * Indexed by unit code, reset per work with a stamp so that a work costs only its own units.
 */
final class UnitTally {

    private double[] share = new double[256];
    private boolean[] corresponding = new boolean[256];
    private int[] stamp = new int[256];
    private int[] onWork = new int[16];
    private int distinct;
    private int currentStamp;

    void begin() {
        currentStamp++;
        distinct = 0;
    }

    void credit(int code, double authorshipShare, boolean isCorresponding) {
        if (code >= stamp.length) {
            int capacity = Math.max(code + 1, stamp.length * 2);
            share = Arrays.copyOf(share, capacity);
            corresponding = Arrays.copyOf(corresponding, capacity);
            stamp = Arrays.copyOf(stamp, capacity);
        }
        if (stamp[code] != currentStamp) {
            stamp[code] = currentStamp;
            share[code] = 0;
            corresponding[code] = false;
            if (distinct == onWork.length) {
                onWork = Arrays.copyOf(onWork, distinct * 2);
            }
            onWork[distinct++] = code;
        }
        share[code] += authorshipShare;
        corresponding[code] |= isCorresponding;
    }

    int distinct() {
        return distinct;
    }

    /** Adds one link per unit on the work, its weight the summed share divided by the work's authorships. */
    void flush(Links links, int work, int authorshipCount) {
        for (int i = 0; i < distinct; i++) {
            int code = onWork[i];
            links.add(work, code, share[code] / authorshipCount, corresponding[code]);
        }
    }
}
