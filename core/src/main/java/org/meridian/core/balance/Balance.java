package org.meridian.core.balance;

import java.util.OptionalDouble;

/**
 * Raw counts of the two sides of a channel and their balance index
 * {@code (bringingIn - goingGlobal) / (bringingIn + goingGlobal)}, in [-1, 1]: 0 is balance, +1 only bringing in,
 * -1 only going global; undefined when there is no flow either way. E.g. 30 in and 10 out give +0.5.
 */
public record Balance(long bringingIn, long goingGlobal) {

    public static final Balance NONE = new Balance(0, 0);

    public Balance {
        if (bringingIn < 0 || goingGlobal < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + bringingIn + ", " + goingGlobal);
        }
    }

    public long total() {
        return bringingIn + goingGlobal;
    }

    public OptionalDouble index() {
        long total = total();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (bringingIn - goingGlobal) / total);
    }

    public Balance plus(long moreIn, long moreOut) {
        return new Balance(bringingIn + moreIn, goingGlobal + moreOut);
    }
}
