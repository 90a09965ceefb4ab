package org.meridian.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerWeightsTests {

    @Test
    void changesOnlyTheNamedWeights() {
        PartnerWeights changed = PartnerWeights.defaults().with(" complementarity:0.4 , diversity:0,sharedPartners:1.5");

        assertThat(changed.complementarity()).isEqualTo(0.4);
        assertThat(changed.diversity()).isZero();
        assertThat(changed.sharedPartners()).isEqualTo(1.5);
        PartnerWeights defaults = PartnerWeights.defaults();
        assertThat(changed).isEqualTo(new PartnerWeights(defaults.strength(), 0.4, defaults.feasibility(), 0,
                defaults.commonGround(), defaults.coPublications(), 1.5, defaults.proximity(), defaults.agreements(),
                defaults.mobility(), defaults.openness()));
        assertThat(defaults.with("  ")).isEqualTo(defaults);
        assertThat(defaults.with(null)).isEqualTo(defaults);
    }

    @Test
    void readsEveryNameItLists() {
        for (String name : PartnerWeights.NAMES) {
            assertThat(PartnerWeights.defaults().with(name + ":0.77").toString()).contains(name + "=0.77");
        }
    }

    @Test
    void saysWhatIsWrongWithAChange() {
        PartnerWeights defaults = PartnerWeights.defaults();

        assertThatThrownBy(() -> defaults.with("novelty:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown weight 'novelty'").hasMessageContaining("complementarity");
        assertThatThrownBy(() -> defaults.with("strength:-1")).hasMessageContaining("weights of 0 or more");
        assertThatThrownBy(() -> defaults.with("strength:high")).hasMessageContaining("'strength:high'");
        assertThatThrownBy(() -> defaults.with("strength")).hasMessageContaining("name:weight");
        assertThatThrownBy(() -> defaults.with("strength:0,complementarity:0,feasibility:0"))
                .hasMessageContaining("cannot all weigh 0");
    }
}
