package org.meridian.core.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MobilityPeriodTests {

    private static final LocalDate SEMESTER_START = LocalDate.of(2024, 9, 1);
    private static final LocalDate SEMESTER_END = LocalDate.of(2025, 1, 31);
    private final MobilityPeriod semester = new MobilityPeriod(SEMESTER_START, SEMESTER_END);

    @Test
    void countsBothTheFirstAndTheLastDay() {
        // September 30 + October 31 + November 30 + December 31 + January 31 = 153 days
        assertThat(semester.durationDays()).isEqualTo(153);
        assertThat(new MobilityPeriod(SEMESTER_START, SEMESTER_START).durationDays()).isEqualTo(1);
    }

    @Test
    void countsTheLeapDay() {
        assertThat(new MobilityPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)).durationDays()).isEqualTo(30);
    }

    @Test
    void refusesToEndBeforeItStarts() {
        assertThatThrownBy(() -> new MobilityPeriod(SEMESTER_END, SEMESTER_START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }

    @Test
    void isCountedInTheAcademicYearInWhichItStarts() {
        assertThat(semester.startingAcademicYear()).isEqualTo(new AcademicYear(2024));
        assertThat(new MobilityPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)).startingAcademicYear())
                .isEqualTo(new AcademicYear(2024));
    }

    @Test
    void isPlannedUntilTheDayBeforeItStarts() {
        assertThat(semester.status(false, SEMESTER_START.minusDays(1))).isEqualTo(MobilityStatus.PLANNED);
    }

    @Test
    void isOngoingFromTheFirstToTheLastDay() {
        assertThat(semester.status(false, SEMESTER_START)).isEqualTo(MobilityStatus.ONGOING);
        assertThat(semester.status(false, SEMESTER_END)).isEqualTo(MobilityStatus.ONGOING);
    }

    @Test
    void isCompletedTheDayAfterItEnds() {
        assertThat(semester.status(false, SEMESTER_END.plusDays(1))).isEqualTo(MobilityStatus.COMPLETED);
    }

    @Test
    void staysCancelledWhateverTheDate() {
        assertThat(semester.status(true, SEMESTER_START.minusDays(1))).isEqualTo(MobilityStatus.CANCELLED);
        assertThat(semester.status(true, SEMESTER_END.plusDays(1))).isEqualTo(MobilityStatus.CANCELLED);
    }
}
