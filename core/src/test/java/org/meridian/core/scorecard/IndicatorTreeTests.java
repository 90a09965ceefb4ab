package org.meridian.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IndicatorTreeTests {

    @Test
    void shippedTreeHasInfluenceCompetitivenessAndVoice() {
        IndicatorTree tree = IndicatorTree.goingGlobalAndVoice();

        assertThat(tree.pillars()).extracting(Pillar::id).containsExactly("influence", "competitiveness", "voice");
        assertThat(tree.pillars().get(0).indicators()).extracting(Indicator::id).containsExactly(
                "intl_coauthored_share", "intl_coauthored_mncs", "inbound_students", "partner_countries",
                "partner_regions");
        assertThat(tree.pillars().get(1).indicators()).extracting(Indicator::id).containsExactly("mncs", "pp_top10",
                "frontier_activity", "top_partner_agreements");
        assertThat(tree.indicator("pp_int_collab_led").orElseThrow().pillarId()).isEqualTo("voice");
    }

    @Test
    void everyShippedIndicatorIsDefinedInEnglishAndChinese() {
        for (Indicator indicator : IndicatorTree.goingGlobalAndVoice().indicators()) {
            assertThat(indicator.definition().english()).as(indicator.id()).isNotBlank();
            assertThat(indicator.definition().chinese()).as(indicator.id()).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(indicator.name().chinese()).as(indicator.id()).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(indicator.source()).as(indicator.id()).isNotBlank();
            assertThat(indicator.unit()).as(indicator.id()).isNotBlank();
        }
    }

    @Test
    void readsLowerIsBetterDirection() {
        IndicatorTree tree = IndicatorTree.read(new StringReader("header\np\tP\t甲\tdef\t定义\n"),
                new StringReader("header\np\tcost\tlower\tEUR\tledger\tCost\t成本\tdef\t定义\n"));

        assertThat(tree.indicator("cost").orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void refusesIndicatorUnderUnknownPillar() {
        assertThatThrownBy(() -> IndicatorTree.read(new StringReader("header\n"),
                new StringReader("header\nq\tcost\tlower\tEUR\tledger\tCost\t成本\tdef\t定义\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q");
    }

    @Test
    void restrictingDropsEmptyPillars() {
        IndicatorTree tree = IndicatorTree.goingGlobalAndVoice().restrictedTo(Set.of("mncs", "pp_top10"));

        assertThat(tree.pillars()).extracting(Pillar::id).containsExactly("competitiveness");
        assertThat(tree.indicators()).hasSize(2);
    }
}
