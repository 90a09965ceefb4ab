package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LabelledTests {

    @Test
    void readsCommandLineLabelsInAnyCaseWithHyphens() {
        assertThat(UnitType.parse("Country-Group")).isEqualTo(UnitType.COUNTRY_GROUP);
        assertThat(FieldLevel.parse("subfield")).isEqualTo(FieldLevel.SUBFIELD);
        assertThat(Counting.parse(" FRACTIONAL ")).isEqualTo(Counting.FRACTIONAL);
    }

    @Test
    void refusesUnknownLabels() {
        assertThatIllegalArgumentException().isThrownBy(() -> Counting.parse("partial"))
                .withMessage("Unknown counting: partial");
    }
}
