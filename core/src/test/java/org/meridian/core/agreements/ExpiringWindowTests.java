package org.meridian.core.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExpiringWindowTests {

    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private final ExpiringWindow window = new ExpiringWindow(180);

    @Test
    void opensOneHundredEightyDaysBeforeTheEnd() {
        // January to June 2026 has 31 + 28 + 31 + 30 + 31 + 30 = 181 days, so 30 June - 180 days = 1 January.
        assertThat(window.opensOn(END)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void staysActiveUntilTheDayBeforeTheWindowOpens() {
        assertThat(window.dueStatus(AgreementStatus.ACTIVE, END, LocalDate.of(2025, 12, 31)))
                .isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void isExpiringFromTheFirstDayOfTheWindow() {
        assertThat(window.dueStatus(AgreementStatus.ACTIVE, END, LocalDate.of(2026, 1, 1)))
                .isEqualTo(AgreementStatus.EXPIRING);
    }

    @Test
    void isStillExpiringOnItsLastDay() {
        assertThat(window.dueStatus(AgreementStatus.EXPIRING, END, END)).isEqualTo(AgreementStatus.EXPIRING);
    }

    @Test
    void expiresTheDayAfterTheEnd() {
        assertThat(window.dueStatus(AgreementStatus.EXPIRING, END, LocalDate.of(2026, 7, 1)))
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(window.dueStatus(AgreementStatus.ACTIVE, END, LocalDate.of(2026, 7, 1)))
                .isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void returnsToActiveWhenTheEndMovesOutOfTheWindow() {
        assertThat(window.dueStatus(AgreementStatus.EXPIRING, LocalDate.of(2027, 6, 30), LocalDate.of(2026, 3, 1)))
                .isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void leavesAgreementsNotInForceAlone() {
        LocalDate longAfter = LocalDate.of(2030, 1, 1);
        for (AgreementStatus status : new AgreementStatus[] { AgreementStatus.DRAFT, AgreementStatus.NEGOTIATING,
                AgreementStatus.EXPIRED, AgreementStatus.RENEWED, AgreementStatus.TERMINATED }) {
            assertThat(window.dueStatus(status, END, longAfter)).isEqualTo(status);
        }
    }

    @Test
    void neverExpiresWithoutAnEndDate() {
        assertThat(window.dueStatus(AgreementStatus.ACTIVE, null, LocalDate.of(2099, 1, 1)))
                .isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void aWindowOfZeroDaysMakesOnlyTheLastDayExpiring() {
        ExpiringWindow none = new ExpiringWindow(0);
        assertThat(none.dueStatus(AgreementStatus.ACTIVE, END, LocalDate.of(2026, 6, 29)))
                .isEqualTo(AgreementStatus.ACTIVE);
        assertThat(none.dueStatus(AgreementStatus.ACTIVE, END, END)).isEqualTo(AgreementStatus.EXPIRING);
    }

    @Test
    void countsTheLeapDay() {
        assertThat(new ExpiringWindow(1).opensOn(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesANegativeWindow() {
        assertThatThrownBy(() -> new ExpiringWindow(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
