package org.meridian.core.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RorIdTests {

    @Test
    void readsTheBareUrlAndHostForms() {
        assertThat(RorId.parse("00jmfr291").orElseThrow().url()).isEqualTo("https://ror.org/00jmfr291");
        assertThat(RorId.parse("ror.org/00jmfr291").orElseThrow().url()).isEqualTo("https://ror.org/00jmfr291");
        assertThat(RorId.parse(" https://ror.org/00JMFR291 ").orElseThrow().url())
                .isEqualTo("https://ror.org/00jmfr291");
        assertThat(RorId.parse("http://www.ror.org/013q1eq08")).contains(new RorId("013q1eq08"));
    }

    @Test
    void checksTheMod97Checksum() {
        // 00jmfr2 in Crockford base 32 is 18*32^4 + 20*32^3 + 15*32^2 + 24*32 + 2 = 19545858;
        // 19545858 mod 97 = 67, 6700 mod 97 = 7, 98 - 7 = 91: the id ends in 91.
        assertThat(RorId.parse("00jmfr291")).isPresent();
        assertThat(RorId.parse("00jmfr290")).isEmpty();
        assertThat(RorId.parse("00jmfr219")).isEmpty();
    }

    @Test
    void refusesLettersCrockfordLeavesOut() {
        // i, l, o and u are not Crockford digits.
        assertThat(RorId.parse("00jmfri91")).isEmpty();
        assertThat(RorId.parse("0ojmfr291")).isEmpty();
    }

    @Test
    void refusesOtherShapes() {
        assertThat(RorId.parse("10jmfr291")).isEmpty();
        assertThat(RorId.parse("00jmfr29")).isEmpty();
        assertThat(RorId.parse("https://example.org/00jmfr291")).isEmpty();
        assertThat(RorId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new RorId("00jmfr290")).isInstanceOf(IllegalArgumentException.class);
    }
}
