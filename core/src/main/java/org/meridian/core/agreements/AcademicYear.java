package org.meridian.core.agreements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year spanning two calendar years, identified as in Erasmus Without Paper: {@code 2025/2026}
 * (the second year is the first plus one).
 *
 * @param startYear the calendar year in which the academic year begins
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern ID = Pattern.compile("(\\d{4})/(\\d{4})");

    public AcademicYear {
        if (startYear < 1900 || startYear > 2199) {
            throw new IllegalArgumentException("academic years run from 1900/1901 to 2199/2200: " + startYear);
        }
    }

    /** Parses {@code 2025/2026}; empty for anything else, including {@code 2025/2027}. */
    public static Optional<AcademicYear> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher matcher = ID.matcher(id.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        if (second != first + 1 || first < 1900 || first > 2199) {
            return Optional.empty();
        }
        return Optional.of(new AcademicYear(first));
    }

    /** The identifier, e.g. {@code 2025/2026}. */
    public String id() {
        return startYear + "/" + (startYear + 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return id();
    }
}
