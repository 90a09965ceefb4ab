package org.meridian.core.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AcademicYearTests {

    @Test
    void lastDayOfAugustBelongsToTheYearThatEnds() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(new AcademicYear(2024));
    }

    @Test
    void firstDayOfSeptemberBeginsTheNextYear() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(new AcademicYear(2025));
    }

    @Test
    void januaryBelongsToTheYearThatBeganTheSeptemberBefore() {
        assertThat(AcademicYear.containing(LocalDate.of(2026, 1, 15)).toString()).isEqualTo("2025/2026");
    }

    @Test
    void spansFromFirstOfSeptemberToThirtyFirstOfAugust() {
        AcademicYear year = new AcademicYear(2024);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void readsItsOwnLabelAndNothingElse() {
        assertThat(AcademicYear.parse("2024/2025")).contains(new AcademicYear(2024));
        assertThat(AcademicYear.parse(" 2024/2025 ")).contains(new AcademicYear(2024));
        assertThat(AcademicYear.parse("2024/2026")).isEmpty();
        assertThat(AcademicYear.parse("2024-2025")).isEmpty();
        assertThat(AcademicYear.parse("2024")).isEmpty();
        assertThat(AcademicYear.parse(null)).isEmpty();
    }

    @Test
    void overlapsAPeriodThatSharesOnlyItsLastDay() {
        AcademicYear year = new AcademicYear(2024);
        assertThat(year.overlaps(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(year.overlaps(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(year.overlaps(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(year.overlaps(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 1))).isTrue();
    }

    @Test
    void refusesAYearOutsideTheCalendarItCanStore() {
        assertThatThrownBy(() -> new AcademicYear(1899)).isInstanceOf(IllegalArgumentException.class);
    }
}
