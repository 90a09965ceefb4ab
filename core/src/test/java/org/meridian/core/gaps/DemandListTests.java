package org.meridian.core.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Taxonomy;

class DemandListTests {

    final DemandList china = DemandList.chinaNationalPriorities();

    @Test
    void shipsChinasFrontierAreasAndEducationWithTheirSource() {
        assertThat(china.areas()).extracting(DemandArea::localName).contains("新一代人工智能", "量子信息", "集成电路",
                "脑科学与类脑研究", "基因与生物技术", "临床医学与健康", "深空深地深海和极地探测", "教育技术");
        assertThat(china.areas()).filteredOn(a -> a.localName().equals("集成电路")).singleElement()
                .extracting(DemandArea::fieldIds).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("2208", "1708", "2504");
        assertThat(china.source()).contains("14th Five-Year Plan", "Meridian's own judgement");
    }

    @Test
    void coversAFieldThroughItsListedSubfieldsAndATopicThroughItsSubfield() {
        Taxonomy taxonomy = Landscape.builder(FieldLevel.TOPIC)
                .classify("3", "17", "1702", "T10028").classify("3", "17", "1710", "T10101").build().taxonomy();

        assertThat(china.areasCovering(taxonomy, FieldLevel.FIELD, "17")).extracting(DemandArea::localName)
                .containsExactly("新一代人工智能");
        assertThat(china.areasCovering(taxonomy, FieldLevel.TOPIC, "T10028")).hasSize(1);
        assertThat(china.areasCovering(taxonomy, FieldLevel.TOPIC, "T10101")).isEmpty();
    }
}
