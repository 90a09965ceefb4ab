package org.meridian.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTests {

    @Test
    void foldsCaseDiacriticsAndPunctuation() {
        assertThat(NameKey.of("  ETH Zürich — Eidgenössische Technische Hochschule ")).isEqualTo(
                "eth zurich eidgenossische technische hochschule");
        assertThat(NameKey.of("Université Paris-Saclay")).isEqualTo("universite paris saclay");
    }

    @Test
    void dropsALeadingArticleSoNamesWithAndWithoutItMeet() {
        assertThat(NameKey.of("The University of Hong Kong")).isEqualTo(NameKey.of("University of Hong Kong"));
        assertThat(NameKey.of("Theological Seminary")).isEqualTo("theological seminary");
    }

    @Test
    void dropsApostrophesSoSpellingsOfXianMeet() {
        assertThat(NameKey.of("Xi'an Jiaotong University")).isEqualTo("xian jiaotong university");
        assertThat(NameKey.of("Xi’an Jiaotong University")).isEqualTo("xian jiaotong university");
    }

    @Test
    void spellsOutLettersWithoutADecomposition() {
        assertThat(NameKey.of("Technische Universität Dresden & Straße")).isEqualTo(
                "technische universitat dresden and strasse");
        assertThat(NameKey.of("Łódź University of Technology")).isEqualTo("lodz university of technology");
        assertThat(NameKey.of("Københavns Universitet")).isEqualTo("kobenhavns universitet");
    }

    @Test
    void keepsChineseAndKoreanCharacters() {
        assertThat(NameKey.of("清华大学")).isEqualTo("清华大学");
        assertThat(NameKey.of("“一带一路”国际科学组织联盟")).isEqualTo("一带一路 国际科学组织联盟");
        assertThat(NameKey.of("서울대학교")).isEqualTo("서울대학교");
    }

    @Test
    void foldsFullWidthForms() {
        assertThat(NameKey.of("ＭＩＴ")).isEqualTo("mit");
    }

    @Test
    void givesTheEmptyKeyForNothing() {
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of(" -- ")).isEmpty();
    }
}
