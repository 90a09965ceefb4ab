package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OecdStudentFlowReaderTests {

    private final Imported<StudentFlow> flows = Fixtures.flows();

    @Test
    void halvesTheDoubleCountedSum() {
        assertThat(flows.records()).contains(new StudentFlow("DE", "CN", 2018, 101, 50.5),
                new StudentFlow("GB", "CN", 2019, 300, 150));
        assertThat(flows.report().count(Finding.DOUBLE_COUNTED_LEVELS)).isEqualTo(5);
        assertThat(flows.report().samples(Finding.ODD_PUBLISHED_SUM)).containsExactly("Germany <- China 2018: 101");
    }

    @Test
    void mapsRenamedAndMisDecodedNamesAndReportsThem() {
        assertThat(flows.records()).contains(new StudentFlow("DE", "TR", 2018, 40, 20),
                new StudentFlow("DE", "CW", 2018, 2, 1));
        assertThat(flows.report().samples(Finding.RENAMED_COUNTRY))
                .contains("Turkey -> TR (Türkiye)", "China -> CN (People's Republic of China)");
        assertThat(flows.report().samples(Finding.REPAIRED_ENCODING)).containsExactly("CuraÃ§ao -> Curaçao");
    }

    @Test
    void reportsUnmappedNamesAndLeavesTheirRowsOut() {
        assertThat(flows.report().samples(Finding.UNMAPPED_COUNTRY)).containsExactly("Atlantis");
        assertThat(flows.records()).noneMatch(flow -> flow.tertiaryStudents() == 3);
    }

    @Test
    void readsAHostYearOfZerosAsNotReported() {
        assertThat(flows.records()).noneMatch(flow -> flow.hostAlpha2().equals("IT"));
        assertThat(flows.report().count(Finding.HOST_YEAR_ALL_ZERO)).isEqualTo(2);
        assertThat(flows.report().samples(Finding.MISSING_YEAR))
                .containsExactly("Italy (host) 2019", "United Kingdom (host) 2018");
        assertThat(flows.report().rowsKept()).isEqualTo(5);
    }
}
