package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldActivityTests {

    @Test
    void dividesTheCountrysShareOfAFieldByTheWorldsShare() {
        FieldActivity activity = FieldActivity.read(new StringReader("""
                field_id,display_name,works_primary_new
                17,Computer Science,60
                12,Arts and Humanities,40
                """), new StringReader("""
                country_code,field_id,works_new
                XA,17,10
                XA,12,30
                """));

        List<FieldActivity.Field> fields = activity.of("XA").orElseThrow();

        // shares 10/40 and 30/40 against the world's 60/100 and 40/100
        assertThat(fields.get(0).fieldId()).isEqualTo("12");
        assertThat(fields.get(0).activityIndex()).isCloseTo(0.75 / 0.4, within(1e-12));
        assertThat(fields.get(1).activityIndex()).isCloseTo(0.25 / 0.6, within(1e-12));
        assertThat(fields.get(1).works()).isEqualTo(10);
        assertThat(activity.of("XB")).isEmpty();
    }

    @Test
    void findsChinaMostActiveInEnergyAndLeastInArtsOnTheShippedCounts() {
        List<FieldActivity.Field> china = FieldActivity.shipped().of("CN").orElseThrow();

        // (253,496 / 14,483,386) / (world energy works / 430,293,498)
        assertThat(china.get(0).name()).isEqualTo("Energy");
        assertThat(china.get(0).activityIndex()).isCloseTo(4.2668, within(1e-4));
        assertThat(china.get(china.size() - 1).name()).isEqualTo("Arts and Humanities");
        assertThat(china.get(china.size() - 1).activityIndex()).isCloseTo(0.1532, within(1e-4));
        assertThat(china).hasSize(26);
        assertThat(FieldActivity.shipped().countries()).hasSize(32);
    }
}
