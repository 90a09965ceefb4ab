package org.meridian.core.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTests {

    @Test
    void ignoresCaseAccentsPunctuationAndSpacing() {
        assertThat(NameKey.of("Université  Paris-Saclay")).isEqualTo("universite paris saclay");
        assertThat(NameKey.of(" universite paris saclay")).isEqualTo("universite paris saclay");
    }

    @Test
    void readsAmpersandAsAnd() {
        assertThat(NameKey.of("Texas A&M University")).isEqualTo(NameKey.of("Texas A and M University"));
    }

    @Test
    void dropsApostrophes() {
        assertThat(NameKey.of("King’s College London")).isEqualTo("kings college london");
        assertThat(NameKey.of("King's College London")).isEqualTo(NameKey.of("Kings College London"));
    }

    @Test
    void keepsChineseCharacters() {
        assertThat(NameKey.of("复旦大学 ")).isEqualTo("复旦大学");
    }

    @Test
    void foldsFullWidthForms() {
        assertThat(NameKey.of("ＭＩＴ")).isEqualTo("mit");
    }
}
