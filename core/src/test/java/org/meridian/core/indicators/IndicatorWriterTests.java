package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IndicatorWriterTests {

    private static final String HEADER = "unit_type,unit_id,unit_name,field_level,field_id,field_name,period_from,"
            + "period_to,counting,p,p_collab,pp_collab,p_int_collab,pp_int_collab,p_industry,pp_industry,tcs,mcs,"
            + "tncs,mncs,p_top10,pp_top10,pp_int_collab_led,activity_index";

    private static IndicatorRow row(String unitName, String fieldName, OptionalDouble led,
            Optional<StabilityIntervals> intervals) {
        return new IndicatorRow(UnitType.COUNTRY_GROUP, "G1", unitName, FieldLevel.SUBFIELD, "1101", fieldName, 2019,
                2022, Counting.FRACTIONAL, 2.5, 1.5, 0.6, 0.5, 0.2, 0.0, 0.0, 7.0, 2.8, 2.5, 1.0, 0.3, 0.12, led,
                0.9, intervals);
    }

    @Test
    void writesTheColumnsInOrderAndQuotesWhereNeeded() {
        String csv = IndicatorCsv.toCsv(List.of(row("Univ \"A\", Beijing", "Line\nbreak", OptionalDouble.empty(),
                Optional.empty())));
        assertThat(csv).isEqualTo(HEADER + "\n"
                + "country_group,G1,\"Univ \"\"A\"\", Beijing\",subfield,1101,\"Line\nbreak\",2019,2022,fractional,"
                + "2.5,1.5,0.6,0.5,0.2,0,0,7,2.8,2.5,1,0.3,0.12,,0.9\n");
    }

    @Test
    void writesTheSameNamesAsJsonWithNullForEmptyValues() {
        String json = IndicatorJson.toJson(List.of(row("Tab\there \\ \u0001 \u2028", "Ecology",
                OptionalDouble.of(0.25), Optional.empty()), row("B", "", OptionalDouble.empty(), Optional.empty())));
        assertThat(json).isEqualTo("[\n"
                + "{\"unit_type\":\"country_group\",\"unit_id\":\"G1\","
                + "\"unit_name\":\"Tab\\there \\\\ \\u0001 \\u2028\","
                + "\"field_level\":\"subfield\",\"field_id\":\"1101\",\"field_name\":\"Ecology\",\"period_from\":2019,"
                + "\"period_to\":2022,\"counting\":\"fractional\",\"p\":2.5,\"p_collab\":1.5,\"pp_collab\":0.6,"
                + "\"p_int_collab\":0.5,\"pp_int_collab\":0.2,\"p_industry\":0,\"pp_industry\":0,\"tcs\":7,\"mcs\":2.8,"
                + "\"tncs\":2.5,\"mncs\":1,\"p_top10\":0.3,\"pp_top10\":0.12,\"pp_int_collab_led\":0.25,"
                + "\"activity_index\":0.9},\n"
                + "{\"unit_type\":\"country_group\",\"unit_id\":\"G1\",\"unit_name\":\"B\","
                + "\"field_level\":\"subfield\",\"field_id\":\"1101\",\"field_name\":\"\",\"period_from\":2019,"
                + "\"period_to\":2022,\"counting\":\"fractional\",\"p\":2.5,\"p_collab\":1.5,\"pp_collab\":0.6,"
                + "\"p_int_collab\":0.5,\"pp_int_collab\":0.2,\"p_industry\":0,\"pp_industry\":0,\"tcs\":7,\"mcs\":2.8,"
                + "\"tncs\":2.5,\"mncs\":1,\"p_top10\":0.3,\"pp_top10\":0.12,\"pp_int_collab_led\":null,"
                + "\"activity_index\":0.9}\n"
                + "]\n");
        assertThat(IndicatorJson.toJson(List.of())).isEqualTo("[]\n");
    }

    @Test
    void appendsIntervalBoundsWhenRowsCarryThem() {
        Interval interval = new Interval(0.125, 0.5);
        StabilityIntervals intervals = new StabilityIntervals(interval, interval, interval, interval, interval,
                interval, interval);
        String csv = IndicatorCsv.toCsv(List.of(row("A", "F", OptionalDouble.of(1), Optional.of(intervals))));
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(HEADER + ",pp_collab_lower,pp_collab_upper,pp_int_collab_lower,"
                + "pp_int_collab_upper,pp_industry_lower,pp_industry_upper,mcs_lower,mcs_upper,mncs_lower,mncs_upper,"
                + "p_top10_lower,p_top10_upper,pp_top10_lower,pp_top10_upper");
        assertThat(lines[1]).endsWith(",1,0.9,0.125,0.5,0.125,0.5,0.125,0.5,0.125,0.5,0.125,0.5,0.125,0.5,0.125,0.5");
    }

    @Test
    void writesNumbersInPlainDecimals() {
        assertThat(RowCells.number(3.0)).isEqualTo("3");
        assertThat(RowCells.number(-0.0)).isEqualTo("0");
        assertThat(RowCells.number(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(RowCells.number(0.0001)).isEqualTo("0.0001");
        assertThat(RowCells.number(1.5e-7)).isEqualTo("0.00000015");
        assertThat(RowCells.number(12345678.5)).isEqualTo("12345678.5");
    }
}
