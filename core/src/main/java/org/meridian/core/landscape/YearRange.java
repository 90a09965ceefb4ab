package org.meridian.core.landscape;

/** Publication years {@code from} to {@code to}, both inclusive. */
public record YearRange(int from, int to) {

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("empty year range " + from + ".." + to);
        }
    }

    public static YearRange of(int from, int to) {
        return new YearRange(from, to);
    }

    public static YearRange year(int year) {
        return new YearRange(year, year);
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    public int length() {
        return to - from + 1;
    }

    /** The last {@code years} years of this range (the whole range when it is shorter). */
    public YearRange last(int years) {
        return new YearRange(Math.max(from, to - years + 1), to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
