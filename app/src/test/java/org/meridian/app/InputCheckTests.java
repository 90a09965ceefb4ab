package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.meridian.core.mobility.Funding;

class InputCheckTests {

    private final InputCheck check = new InputCheck();

    @Test
    void readsEveryFieldAndReportsAllWrongOnesTogether() {
        check.code("funding", "lottery", Funding.class, true);
        check.date("startDate", "2025-02-30", true);
        check.text("title", null, 10, true);

        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.errors()).extracting(InvalidInput.FieldError::field)
                        .containsExactly("funding", "startDate", "title"));
    }

    @Test
    void trimsTextAndTreatsBlankAsAbsent() {
        assertThat(check.text("programme", "  Exchange  ", 20, false)).isEqualTo("Exchange");
        assertThat(check.text("programme", "   ", 20, false)).isNull();
        assertThat(check.hasError("programme")).isFalse();
    }

    @Test
    void refusesTextLongerThanAllowed() {
        assertThat(check.text("code", "ABCDEF", 5, false)).isNull();
        assertThat(check.hasError("code")).isTrue();
    }

    @Test
    void acceptsOnlyAbsoluteHttpAndHttpsAddresses() {
        assertThat(check.webAddress("evidenceUrl", "https://www.unesco.org/en/open-science", 100))
                .isEqualTo("https://www.unesco.org/en/open-science");
        assertThat(check.webAddress("a", "HTTP://example.org/x?y=1", 100)).isEqualTo("HTTP://example.org/x?y=1");
        assertThat(check.webAddress("b", "ftp://example.org/file", 100)).isNull();
        assertThat(check.webAddress("c", "www.example.org", 100)).isNull();
        assertThat(check.webAddress("d", "https://exa mple.org", 100)).isNull();
        assertThat(check.webAddress("e", "javascript:alert(1)", 100)).isNull();
        assertThat(check.hasError("a")).isFalse();
        assertThat(check.hasError("b") && check.hasError("c") && check.hasError("d") && check.hasError("e")).isTrue();
    }

    @Test
    void acceptsEmailAddressesOfTheUsualShape() {
        assertThat(check.emailAddress("ok", "wei.zhang@example.edu.cn", 320)).isEqualTo("wei.zhang@example.edu.cn");
        assertThat(check.emailAddress("no-domain", "wei.zhang@", 320)).isNull();
        assertThat(check.emailAddress("no-dot", "wei@localhost", 320)).isNull();
        assertThat(check.hasError("ok")).isFalse();
        assertThat(check.hasError("no-domain") && check.hasError("no-dot")).isTrue();
    }

    @Test
    void upperCasesCountryCodesOfTheRightShape() {
        assertThat(check.countryCode("country", "de", true)).isEqualTo("DE");
        assertThat(check.countryCode("other", "D1", true)).isNull();
        assertThat(check.hasError("other")).isTrue();
    }

    @Test
    void allowsAnEndOnTheStartDayButNotBefore() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        check.notBefore("sameDay", start, start, "the start date");
        check.notBefore("dayBefore", start.minusDays(1), start, "the start date");
        check.notBefore("open", null, start, "the start date");
        assertThat(check.hasError("sameDay")).isFalse();
        assertThat(check.hasError("open")).isFalse();
        assertThat(check.hasError("dayBefore")).isTrue();
    }
}
