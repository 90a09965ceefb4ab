package org.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.indicators.WorkFixtures.EXACT;
import static org.meridian.core.indicators.WorkFixtures.T1;
import static org.meridian.core.indicators.WorkFixtures.T2;
import static org.meridian.core.indicators.WorkFixtures.T3;
import static org.meridian.core.indicators.WorkFixtures.author;
import static org.meridian.core.indicators.WorkFixtures.citedGroup;
import static org.meridian.core.indicators.WorkFixtures.institution;
import static org.meridian.core.indicators.WorkFixtures.only;
import static org.meridian.core.indicators.WorkFixtures.work;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/** NCS and top-10% shares: groups by (primary subfield, year), ties shared, empty groups. */
class CitationNormalisationTests {

    private final IndicatorEngine engine = new IndicatorEngine(1);

    private List<IndicatorRow> institutions(List<Work> works, Counting counting) {
        return engine.compute(IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2020, 2020, counting),
                WorkTable.of(works));
    }

    @Test
    void sharesTopTenPercentAmongTiedWorks() {
        // Subfield 1101: N = 10, 0.1·N = 1. The two works with 9 citations: A = 0, B = 2 → 1/2 each.
        // The work with 5: A = 2 → (1 − 2)/1 < 0 → 0.
        List<IndicatorRow> rows = institutions(citedGroup("A", T1, 9, 9, 5, 4, 3, 2, 1, 0, 0, 0), Counting.FULL);
        assertThat(only(rows, "A0").pTop10()).isCloseTo(0.5, EXACT);
        assertThat(only(rows, "A1").pTop10()).isCloseTo(0.5, EXACT);
        assertThat(only(rows, "A2").pTop10()).isEqualTo(0.0);
        // e = 33/10 = 3.3: NCS(9) = 9/3.3
        assertThat(only(rows, "A0").mncs()).isCloseTo(9 / 3.3, EXACT);
    }

    @Test
    void capsTheShareAtOneAndSplitsWhatIsLeftAmongTies() {
        // N = 20, 0.1·N = 2. 10 citations: A = 0, B = 1 → min(1, 2/1) = 1.
        // 6 citations: A = 1, B = 2 → (2 − 1)/2 = 1/2 each. 1 citation: A = 3 → 0.
        int[] citations = new int[20];
        citations[0] = 10;
        citations[1] = 6;
        citations[2] = 6;
        citations[3] = 1;
        List<IndicatorRow> rows = institutions(citedGroup("B", T2, citations), Counting.FRACTIONAL);
        assertThat(only(rows, "B0").pTop10()).isEqualTo(1.0);
        assertThat(only(rows, "B1").pTop10()).isCloseTo(0.5, EXACT);
        assertThat(only(rows, "B2").pTop10()).isCloseTo(0.5, EXACT);
        assertThat(only(rows, "B3").pTop10()).isEqualTo(0.0);
        assertThat(rows.stream().mapToDouble(IndicatorRow::pTop10).sum()).isCloseTo(2.0, EXACT);
    }

    @Test
    void scoresEveryWorkOneInAGroupWithoutCitations() {
        // e = 0 → NCS = 1. Top 10%: N = 3, all tied: A = 0, B = 3 → 0.3/3 = 0.1 each.
        List<IndicatorRow> rows = institutions(citedGroup("Z", T3, 0, 0, 0), Counting.FULL);
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.mncs()).isEqualTo(1.0);
            assertThat(row.tcs()).isEqualTo(0.0);
            assertThat(row.ppTop10()).isCloseTo(0.1, EXACT);
        });
    }

    @Test
    void normalisesBySubfieldAndYearNotByTopicNorPeriod() {
        // T4 shares subfield 1101 with T1. (1101, 2020) = {X1 6, X2 2}: e = 4 → NCS 1.5 and 0.5.
        // X3 (1101, 2019, 10 citations) is alone in its group → NCS 1, and does not move the 2020 group.
        Topic t4 = new Topic("T4", "Topic four", "1101", "11", "1", 0.8);
        List<Work> works = List.of(
                work("X1", 2020, "article", 6, T1, author(institution("X1", "XX", "education"))),
                work("X2", 2020, "article", 2, t4, author(institution("X2", "XX", "education"))),
                work("X3", 2019, "article", 10, T1, author(institution("X3", "XX", "education"))));
        WorkTable table = WorkTable.of(works);
        IndicatorQuery byTopic = IndicatorQuery.of(UnitType.WORLD, FieldLevel.TOPIC, 2019, 2020, Counting.FULL);
        List<IndicatorRow> rows = engine.compute(byTopic, table);
        assertThat(only(rows, "world", "T1").tncs()).isCloseTo(2.5, EXACT); // 1.5 + 1
        assertThat(only(rows, "world", "T1").fieldName()).isEqualTo("Topic one");
        assertThat(only(rows, "world", "T4").mncs()).isCloseTo(0.5, EXACT);
        List<IndicatorRow> only2020 = engine.compute(byTopic.withUnitType(UnitType.INSTITUTION)
                .withFieldLevel(FieldLevel.ALL), table);
        assertThat(only(only2020, "X1").mncs()).isCloseTo(1.5, EXACT);
    }

    @Test
    void formsGroupsOverAllUnitsNotOnlyTheOnesAskedFor() {
        // Asking for A0 alone still normalises against the other nine works of its group.
        List<Work> works = new ArrayList<>(citedGroup("A", T1, 9, 9, 5, 4, 3, 2, 1, 0, 0, 0));
        IndicatorQuery query = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.ALL, 2020, 2020, Counting.FULL)
                .withUnits(java.util.Set.of("A0"));
        IndicatorRow a0 = engine.compute(query, WorkTable.of(works)).get(0);
        assertThat(a0.pTop10()).isCloseTo(0.5, EXACT);
        assertThat(a0.mncs()).isCloseTo(9 / 3.3, EXACT);
    }
}
