package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CountryDirectoryTests {

    private final CountryDirectory countries = Fixtures.countries();

    @Test
    void findsIsoNamesIgnoringCaseAndAccents() {
        assertThat(countries.byName("germany")).hasValueSatisfying(match -> {
            assertThat(match.country().alpha2()).isEqualTo("DE");
            assertThat(match.match()).isEqualTo(CountryDirectory.Match.ISO_NAME);
        });
        assertThat(countries.byName("Turkiye").orElseThrow().country().alpha2()).isEqualTo("TR");
    }

    @Test
    void mapsRenamedAndVariantNames() {
        assertThat(countries.byName("Turkey").orElseThrow().match()).isEqualTo(CountryDirectory.Match.OPENALEX_NAME);
        assertThat(countries.byName("China").orElseThrow().country().alpha3()).isEqualTo("CHN");
        assertThat(countries.byName("Viet Nam").orElseThrow().match()).isEqualTo(CountryDirectory.Match.ALIAS);
    }

    @Test
    void repairsANameMisDecodedAsLatin1() {
        CountryDirectory.NameMatch match = countries.byName("CuraÃ§ao").orElseThrow();

        assertThat(match.country().alpha2()).isEqualTo("CW");
        assertThat(match.match()).isEqualTo(CountryDirectory.Match.REPAIRED_ENCODING);
    }

    @Test
    void leavesUnknownNameUnmapped() {
        assertThat(countries.byName("Atlantis")).isEmpty();
    }

    @Test
    void groupsMembershipByDate() {
        LocalDate end2023 = LocalDate.of(2023, 12, 31);

        assertThat(countries.oecdMembersOn(end2023)).containsExactly("DE", "GB", "IT", "TR", "US");
        // Italy left on 2023-12-06; Russia is listed without a join date
        assertThat(countries.beltAndRoadOn(end2023)).containsExactly("CN", "RU", "TR", "VN");
        assertThat(countries.beltAndRoadOn(LocalDate.of(2016, 1, 1))).containsExactly("CN", "RU", "TR");
    }
}
