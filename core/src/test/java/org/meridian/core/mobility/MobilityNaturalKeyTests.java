package org.meridian.core.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MobilityNaturalKeyTests {

    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final LocalDate BIRTH = LocalDate.of(2002, 3, 14);

    @Test
    void identifiesAPersonByTheirNumberWhenTheyHaveOne() {
        MobilityNaturalKey key = new MobilityNaturalKey(Direction.OUTBOUND, " 2023 001 ", "Zhang", "Wei", BIRTH, START,
                "de");
        assertThat(key.canonical()).isEqualTo("v1|outbound|id:2023001|2024-09-01|DE");
    }

    @Test
    void identifiesAPersonByNamesAndBirthDateWithoutANumber() {
        MobilityNaturalKey key = new MobilityNaturalKey(Direction.INBOUND, null, "  Müller ", "Anna  Lena", BIRTH,
                START, "DE");
        assertThat(key.canonical()).isEqualTo("v1|inbound|name:müller,anna lena,2002-03-14|2024-09-01|DE");
    }

    @Test
    void treatsCaseAndRepeatedBlanksAsTheSamePerson() {
        MobilityNaturalKey typed = new MobilityNaturalKey(Direction.INBOUND, "", "ZHANG", "Wei", null, START, "FR");
        MobilityNaturalKey imported = new MobilityNaturalKey(Direction.INBOUND, null, "zhang ", " wei", null, START,
                "FR");
        assertThat(typed.digest()).isEqualTo(imported.digest());
    }

    @Test
    void treatsFullWidthLettersAsTheirAsciiForms() {
        // NFKC maps the full-width Ｚ (U+FF3A) that Chinese input methods produce to Z.
        MobilityNaturalKey fullWidth = new MobilityNaturalKey(Direction.INBOUND, "\uFF3A123", null, null, null, START,
                "FR");
        assertThat(fullWidth.canonical()).isEqualTo("v1|inbound|id:z123|2024-09-01|FR");
    }

    @Test
    void tellsApartTheTwoDirectionsOfOnePerson() {
        MobilityNaturalKey in = new MobilityNaturalKey(Direction.INBOUND, "S1", null, null, null, START, "FR");
        MobilityNaturalKey out = new MobilityNaturalKey(Direction.OUTBOUND, "S1", null, null, null, START, "FR");
        assertThat(in.digest()).isNotEqualTo(out.digest());
    }

    @Test
    void digestIsTheSha256OfTheCanonicalText() {
        // sha256("v1|inbound|id:s1|2024-09-01|FR"), computed with: printf '%s' 'v1|inbound|id:s1|2024-09-01|FR' | sha256sum
        MobilityNaturalKey key = new MobilityNaturalKey(Direction.INBOUND, "S1", null, null, null, START, "FR");
        assertThat(key.digest()).isEqualTo("76b4b843cf1fd05dd739f57d348181de3920b566568ec0e316cd09f3af17992c");
    }
}
