package org.meridian.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.core.landscape.Scholarly.article;
import static org.meridian.core.landscape.Scholarly.author;
import static org.meridian.core.landscape.Scholarly.institution;
import static org.meridian.core.landscape.Scholarly.topic;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

class WorkTallyTests {

    static final Topic T1 = topic("T1", "1702");
    static final Topic T2 = topic("T2", "2208");
    static final Affiliation I1 = institution("I1", "CN");
    static final Affiliation I2 = institution("I2", "US");
    static final Affiliation I3 = institution("I3", "CN");
    static final Affiliation I4 = institution("I4", "HK");
    static final YearRange Y2020 = YearRange.year(2020);

    // Group (1702, 2020) has citations {10, 0, 2}: mean 4, NCS 2.5, 0, 0.5; top-10% shares 0.3, 0, 0.
    static final List<Work> WORKS = List.of(
            article("W1", 2020, 10, T1, author("a1", I1), author("a2", I2)),
            article("W2", 2020, 0, T1, author("a3", I1, I3)),
            article("W3", 2020, 2, T1, author("a1", I1)),
            article("W4", 2021, 5, List.of(T2, T1), author("b1", I4), author("b2", I1)));

    final Landscape landscape = WorkTally.tally(WORKS, TallySettings.defaults());

    @Test
    void countsInstitutionsFractionallyWithNormalisedCitations() {
        Output i1 = landscape.outputs(UnitType.INSTITUTION, List.of("I1"), FieldLevel.SUBFIELD, Y2020).get("1702");

        assertThat(i1.p()).isCloseTo(2.0, within(1e-12));
        assertThat(i1.tcs()).isCloseTo(0.5 * 10 + 0.5 * 0 + 2, within(1e-12));
        assertThat(i1.mncs()).isCloseTo((0.5 * 2.5 + 0.5 * 0 + 0.5) / 2, within(1e-12));
        assertThat(i1.pTop10()).isCloseTo(0.5 * 0.3, within(1e-12));
        assertThat(i1.pIntCollab()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void givesTheWorldWeightOneAndTenPercentInTheTop() {
        Output world = landscape.world(FieldLevel.SUBFIELD, Y2020).get("1702");

        assertThat(world.p()).isEqualTo(3);
        assertThat(world.mncs()).isCloseTo(1, within(1e-12));
        assertThat(world.ppTop10()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void countsHongKongAsChinaAndRollsUpToFields() {
        FieldOutputs china = landscape.outputs(UnitType.COUNTRY, List.of("CN"), FieldLevel.FIELD, YearRange.of(2020, 2021));

        assertThat(china.get("17").p()).isCloseTo(0.5 + 1 + 1, within(1e-12));
        assertThat(china.get("22").p()).isCloseTo(1, within(1e-12));
        assertThat(china.get("22").pIntCollab()).isZero();
        assertThat(landscape.unit(UnitType.INSTITUTION, "I4").orElseThrow().countryCode()).isEqualTo("HK");
    }

    @Test
    void keepsHongKongApartWhenAsked() {
        TallySettings apart = new TallySettings(java.util.Set.of("article"), FieldLevel.SUBFIELD, false, 50, 3, true);
        Landscape separate = WorkTally.tally(WORKS, apart);

        Output hongKong = separate.outputs(UnitType.COUNTRY, List.of("HK"), FieldLevel.SUBFIELD, YearRange.year(2021)).get("2208");
        assertThat(hongKong.p()).isCloseTo(0.5, within(1e-12));
        assertThat(hongKong.pIntCollab()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void countsCoPublicationsBetweenInstitutionsAndWithCountriesThroughOtherAuthorships() {
        YearRange both = YearRange.of(2020, 2021);

        assertThat(landscape.ties(UnitType.INSTITUTION, List.of("I1"), UnitType.INSTITUTION, both))
                .containsExactlyInAnyOrderEntriesOf(Map.of("I2", 1.0, "I3", 1.0, "I4", 1.0));
        assertThat(landscape.ties(UnitType.INSTITUTION, List.of("I1"), UnitType.COUNTRY, both))
                .containsExactlyInAnyOrderEntriesOf(Map.of("US", 1.0, "CN", 1.0));
        assertThat(landscape.ties(UnitType.COUNTRY, List.of("US"), UnitType.INSTITUTION, both))
                .containsExactlyInAnyOrderEntriesOf(Map.of("I1", 1.0));
        assertThat(landscape.tie(UnitType.AUTHOR, "a1", UnitType.INSTITUTION, List.of("I2", "I3"), both)).isEqualTo(1);
    }

    @Test
    void countsWorksWhoseTopicsSpanTwoFieldsAtEveryLevel() {
        YearRange year = YearRange.year(2021);

        assertThat(landscape.worldCoClassified(FieldLevel.SUBFIELD, year))
                .containsExactlyEntriesOf(Map.of(new FieldPair("1702", "2208"), 1.0));
        assertThat(landscape.coClassified(UnitType.INSTITUTION, List.of("I4"), FieldLevel.FIELD, year))
                .containsExactlyEntriesOf(Map.of(new FieldPair("17", "22"), 0.5));
    }

    @Test
    void describesAuthorsByTheirMostFrequentInstitution() {
        Unit a1 = landscape.unit(UnitType.AUTHOR, "a1").orElseThrow();

        assertThat(a1.affiliationId()).isEqualTo("I1");
        assertThat(a1.countryCode()).isEqualTo("CN");
        assertThat(landscape.outputs(UnitType.AUTHOR, List.of("a1"), FieldLevel.DOMAIN, Y2020).total().p())
                .isCloseTo(1.5, within(1e-12));
    }

    @Test
    void keepsTheMostCitedWorksAsExamples() {
        assertThat(landscape.examples(UnitType.INSTITUTION, "I1", FieldLevel.FIELD, "17", Y2020, 2))
                .extracting(ExampleWork::workId).containsExactly("W1", "W3");
    }
}
