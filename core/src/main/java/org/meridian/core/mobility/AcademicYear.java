package org.meridian.core.mobility;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year from 1 September to 31 August of the next calendar year, written {@code 2024/2025} (the
 * form of Erasmus Without Paper academic year ids). Chinese universities, like most in the northern
 * hemisphere, start their year in September.
 *
 * @param startYear the calendar year in which the academic year begins
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    /** The first month of every academic year. */
    public static final Month FIRST_MONTH = Month.SEPTEMBER;

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{4})");

    public AcademicYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("academic year must begin between 1900 and 2999: " + startYear);
        }
    }

    /** The academic year that contains {@code date}: 31 August 2025 is in 2024/2025, 1 September 2025 in 2025/2026. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads {@code 2024/2025}; empty for anything else, including {@code 2024/2026}. */
    public static Optional<AcademicYear> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(label.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        if (second != first + 1 || first < 1900 || first > 2999) {
            return Optional.empty();
        }
        return Optional.of(new AcademicYear(first));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    /** Whether the period from {@code start} to {@code end} (both inclusive) shares at least one day with this year. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(lastDay()) && !end.isBefore(firstDay());
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }
}
