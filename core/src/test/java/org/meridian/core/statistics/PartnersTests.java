package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PartnersTests {

    private static final Map<String, Set<String>> GROUPS = Map.of("OECD", Set.of("US", "DE", "GB", "TR"), "BRI",
            Set.of("CN", "RU", "TR"));

    private final List<StudentFlow> flows = List.of(new StudentFlow("DE", "CN", 2018, 100, 50),
            new StudentFlow("DE", "TR", 2018, 40, 20), new StudentFlow("GB", "CN", 2018, 200, 100));

    @Test
    void ranksTheHostsOfACountrysStudents() {
        PartnerYear year = StudentPartners.outbound("CN", flows, 5, GROUPS).get(0);

        assertThat(year.total()).isEqualTo(150);
        assertThat(year.top()).containsExactly(new PartnerCount("GB", 100, 100 / 150.0),
                new PartnerCount("DE", 50, 50 / 150.0));
        assertThat(year.groupShares()).containsEntry("OECD", 1.0).containsEntry("BRI", 0.0);
    }

    @Test
    void sharesOfOriginsLeaveOutTheCountryItself() {
        PartnerYear year = StudentPartners.inbound("DE", flows, 1, GROUPS).get(0);

        assertThat(year.total()).isEqualTo(70);
        assertThat(year.partnerCountries()).isEqualTo(2);
        assertThat(year.top()).containsExactly(new PartnerCount("CN", 50, 50 / 70.0));
        assertThat(year.groupShares()).containsEntry("OECD", 20 / 70.0).containsEntry("BRI", 70 / 70.0);
    }

    @Test
    void coauthorSharesAreOfInternationalWorksAndGroupSharesOfPartnerLinks() {
        CoauthorshipYear year = CoauthorshipPartners.of("CN", Fixtures.pairs().records(),
                Fixtures.internationalWorks().records(), Map.of(2023, 1_000_000L), 2, GROUPS).stream()
                .filter(y -> y.year() == 2023).findFirst().orElseThrow();

        assertThat(year.internationalWorks()).hasValue(237_887);
        assertThat(year.shareOfOutput()).hasValue(0.237887);
        assertThat(year.partnerCountries()).isEqualTo(3);
        long links = 72_794 + 15_954 + 1_000;
        assertThat(year.partnerLinks()).isEqualTo(links);
        assertThat(year.top()).containsExactly(new PartnerCount("US", 72_794, 72_794 / 237_887.0),
                new PartnerCount("DE", 15_954, 15_954 / 237_887.0));
        assertThat(year.groupShares().get("OECD")).isCloseTo((72_794 + 15_954) / (double) links, within(1e-12));
        assertThat(year.groupShares().get("BRI")).isCloseTo(1_000 / (double) links, within(1e-12));
    }

    @Test
    void yearWithoutPairsStillShowsInternationalWorks() {
        CoauthorshipYear year = CoauthorshipPartners.of("CN", Fixtures.pairs().records(),
                Fixtures.internationalWorks().records(), Map.of(), 2, GROUPS).get(0);

        assertThat(year.year()).isEqualTo(2021);
        assertThat(year.internationalWorks()).hasValue(219_799);
        assertThat(year.partnerCountries()).isZero();
        assertThat(year.shareOfOutput()).isEmpty();
    }
}
