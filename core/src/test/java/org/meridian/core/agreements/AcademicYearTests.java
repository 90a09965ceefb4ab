package org.meridian.core.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcademicYearTests {

    @Test
    void readsTheErasmusWithoutPaperIdentifier() {
        assertThat(AcademicYear.parse("2025/2026")).contains(new AcademicYear(2025));
        assertThat(AcademicYear.parse(" 2025/2026 ").orElseThrow().id()).isEqualTo("2025/2026");
    }

    @Test
    void refusesYearsThatAreNotConsecutive() {
        assertThat(AcademicYear.parse("2025/2027")).isEmpty();
        assertThat(AcademicYear.parse("2026/2025")).isEmpty();
    }

    @Test
    void refusesOtherSpellings() {
        assertThat(AcademicYear.parse("2025-2026")).isEmpty();
        assertThat(AcademicYear.parse("25/26")).isEmpty();
        assertThat(AcademicYear.parse("2025")).isEmpty();
        assertThat(AcademicYear.parse(null)).isEmpty();
        assertThat(AcademicYear.parse("1899/1900")).isEmpty();
    }

    @Test
    void ordersByTheFirstYear() {
        assertThat(new AcademicYear(2024)).isLessThan(new AcademicYear(2025));
    }
}
