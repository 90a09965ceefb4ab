package org.meridian.core.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenAlexInstitutionIdTests {

    @Test
    void readsTheIdAndItsUrl() {
        assertThat(OpenAlexInstitutionId.parse("I27837315").orElseThrow().value()).isEqualTo("I27837315");
        assertThat(OpenAlexInstitutionId.parse("i27837315").orElseThrow().value()).isEqualTo("I27837315");
        assertThat(OpenAlexInstitutionId.parse("https://openalex.org/I27837315").orElseThrow().value())
                .isEqualTo("I27837315");
    }

    @Test
    void refusesIdsOfOtherEntitiesAndMalformedOnes() {
        assertThat(OpenAlexInstitutionId.parse("W2741809807")).isEmpty();
        assertThat(OpenAlexInstitutionId.parse("I")).isEmpty();
        assertThat(OpenAlexInstitutionId.parse("I0123")).isEmpty();
        assertThat(OpenAlexInstitutionId.parse("I12a")).isEmpty();
        assertThat(OpenAlexInstitutionId.parse("27837315")).isEmpty();
    }
}
