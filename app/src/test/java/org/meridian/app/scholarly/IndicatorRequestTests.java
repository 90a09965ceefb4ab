package org.meridian.app.scholarly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.app.InvalidInput;
import org.meridian.core.indicators.Counting;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorQuery;
import org.meridian.core.indicators.UnitType;

class IndicatorRequestTests {

    @Test
    void takesTheWorldAllFieldsFullCountingArticlesAndReviewsByDefault() {
        IndicatorRequest request = IndicatorRequest.parse(null, null, null, null, null, null, null, false, null, null);

        assertThat(request.unitType()).isEqualTo(UnitType.WORLD);
        assertThat(request.fieldLevel()).isEqualTo(FieldLevel.ALL);
        assertThat(request.counting()).isEqualTo(Counting.FULL);
        assertThat(request.types()).isEqualTo(IndicatorQuery.DEFAULT_TYPES);
        assertThat(request.bootstrap().enabled()).isFalse();
    }

    @Test
    void readsCountryCodesInAnyCaseAndInstitutionIdsAsOpenAlexUrls() {
        assertThat(IndicatorRequest.parse("country", "cn, de", null, null, null, null, null, false, null, null)
                .units()).containsExactlyInAnyOrder("CN", "DE");
        assertThat(IndicatorRequest.parse("institution", "https://openalex.org/I27837315", null, null, null, null,
                null, false, null, null).units()).containsExactly("I27837315");
        assertThat(IndicatorRequest.parse("country-group", "all", null, null, null, null, null, false, null, null)
                .units()).isEmpty();
    }

    @Test
    void namesTheParameterThatCannotBeRead() {
        assertThatThrownBy(() -> IndicatorRequest.parse(null, null, null, null, null, "halves", null, false, null,
                null)).isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("counting"));
        assertThatThrownBy(() -> IndicatorRequest.parse(null, null, null, 2022, 2020, null, null, false, null,
                null)).isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> IndicatorRequest.parse(null, null, null, null, null, null, null, false, -1,
                null)).isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("bootstrap"));
    }

    @Test
    void capsTheBootstrapAtTenThousandResamplesAndSaysSo() {
        assertThat(IndicatorRequest.parse(null, null, null, null, null, null, null, false, 10_000, 7L).bootstrap().samples())
                .isEqualTo(10_000);
        assertThatThrownBy(() -> IndicatorRequest.parse(null, null, null, null, null, null, null, false, 10_001, 7L))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.errors().get(0).field()).isEqualTo("bootstrap");
                    assertThat(invalid.errors().get(0).message()).isEqualTo(
                            "Ask for 0 to 10,000 bootstrap resamples (the Leiden Ranking uses 1,000), not 10,001.");
                });
    }

    @Test
    void refusesAnUnknownCountryGroup() {
        IndicatorRequest request = IndicatorRequest.parse("country_group", "G7", null, 2020, 2020, null, null, false,
                null, null);

        assertThatThrownBy(() -> request.query(ScholarlyWorks.none(), CountryListing.shipped(), "en"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("G7");
    }

    @Test
    void givesNoRowsWhenNothingIsIngested() {
        IndicatorRequest request = IndicatorRequest.parse("country", null, "field", null, null, null, null, false,
                null, null);

        assertThat(request.compute(ScholarlyWorks.none(), CountryListing.shipped(), "en", false)).isEmpty();
    }

    @Test
    void groupsTheCountriesMarkedInTheReferenceList() throws Exception {
        String csv = """
                alpha2,name_en,name_zh,oecd_member,bri_cooperation_document
                DE,Germany,德国,Y,N
                IT,Italy,意大利,Y,Y
                KE,"Kenya, Republic of",肯尼亚,N,Y
                """;

        CountryListing listing = CountryListing.read(new BufferedReader(new StringReader(csv)));

        assertThat(listing.groups()).containsEntry(CountryListing.OECD, Set.of("DE", "IT"))
                .containsEntry(CountryListing.BELT_AND_ROAD, Set.of("IT", "KE"));
        assertThat(listing.names("en")).containsEntry("KE", "Kenya, Republic of");
        assertThat(listing.names("zh")).containsEntry("DE", "德国");
    }

    @Test
    void shipsThirtyEightOecdMembers() {
        assertThat(CountryListing.shipped().groups().get(CountryListing.OECD)).hasSize(38).contains("DE", "KR")
                .doesNotContain("CN");
    }

    @Test
    void splitsQuotedCsvCells() {
        assertThat(CountryListing.cells("a,\"b, c\",\"d \"\"e\"\"\",")).isEqualTo(List.of("a", "b, c", "d \"e\"", ""));
    }
}
