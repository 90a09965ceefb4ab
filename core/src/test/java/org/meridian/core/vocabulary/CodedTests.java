package org.meridian.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.MobilityCategory;

class CodedTests {

    @Test
    void findsAValueByItsCodeIgnoringCaseAndBlanks() {
        assertThat(Coded.byCode(Funding.class, " Self-Funded ")).contains(Funding.SELF_FUNDED);
    }

    @Test
    void findsNothingForTheJavaNameOrAnUnknownCode() {
        assertThat(Coded.byCode(Funding.class, "SELF_FUNDED")).isEmpty();
        assertThat(Coded.byCode(Funding.class, "lottery")).isEmpty();
        assertThat(Coded.byCode(Funding.class, null)).isEmpty();
    }

    @Test
    void listsTheCodesInDeclarationOrder() {
        assertThat(Coded.codes(MobilityCategory.class))
                .containsExactly("student", "staff-teaching", "staff-training", "visiting-scholar");
    }
}
