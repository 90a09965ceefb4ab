package org.meridian.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeDatesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-09-01|2025-09-01", "2025/9/1|2025-09-01", "2025.9.1|2025-09-01", "2025年9月1日|2025-09-01",
            "2025年09月01|2025-09-01", "２０２５－０９－０１|2025-09-01", "20250901|2025-09-01",
            "2025-09-01 00:00:00|2025-09-01", "2025/9/1 8:30|2025-09-01",
            "01/09/2025|2025-09-01", "1.9.2025|2025-09-01", "13/09/2025|2025-09-13", "09/13/2025|2025-09-13",
            "45901|2025-09-01", "45658|2025-01-01" })
    void readsTheFormsOfficesWrite(String text, LocalDate expected) {
        assertThat(OfficeDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025", "1/9/25", "next Monday", "2025-13-01", "9/1", "2025--09-01" })
    void refusesWhatIsNoDate(String text) {
        assertThatThrownBy(() -> OfficeDates.parse(text)).isInstanceOf(RejectedValue.class)
                .extracting(failure -> ((RejectedValue) failure).reason())
                .isIn("import.problem.date", "import.problem.noSuchDate");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-02-30", "31/04/2025", "2025年2月29日" })
    void refusesDaysThatDoNotExist(String text) {
        assertThatThrownBy(() -> OfficeDates.parse(text)).isInstanceOf(RejectedValue.class)
                .extracting(failure -> ((RejectedValue) failure).reason()).isEqualTo("import.problem.noSuchDate");
    }
}
