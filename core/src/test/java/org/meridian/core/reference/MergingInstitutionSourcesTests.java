package org.meridian.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.meridian.core.reference.InstitutionSourceFiles.ChineseName;

class MergingInstitutionSourcesTests {

    private static SourceInstitution ror(String name, String country, InstitutionType type) {
        return new SourceInstitution(InstitutionSource.ROR_2021, name, country, type, null, null, List.of(), null);
    }

    private static SourceInstitution openAlex(String name, String country, InstitutionType type, String id, String ror) {
        return new SourceInstitution(InstitutionSource.OPENALEX, name, country, type, id, ror, List.of(), null);
    }

    private static SourceInstitution hipo(String name, String country, String domain) {
        return new SourceInstitution(InstitutionSource.HIPO, name, country, InstitutionType.EDUCATION, null, null,
                List.of(domain), "https://www." + domain + "/");
    }

    @Test
    void mergesTheSameNameInTheSameCountryFromAllSources() {
        MergingInstitutionSources.Result result = MergingInstitutionSources.merge(List.of(
                hipo("Sun Yat-Sen University", "CN", "sysu.edu.cn"),
                ror("Sun Yat-sen University", "CN", InstitutionType.EDUCATION),
                openAlex("Sun Yat-sen University", "CN", InstitutionType.EDUCATION, "I157773358", "0064kty71")),
                List.of());
        assertThat(result.institutions()).hasSize(1);
        InstitutionEntry merged = result.institutions().get(0);
        assertThat(merged.nameEn()).as("ROR's spelling wins").isEqualTo("Sun Yat-sen University");
        assertThat(merged.nameKey()).isEqualTo("sun yat sen university");
        assertThat(merged.openalexId()).isEqualTo("I157773358");
        assertThat(merged.rorId()).isEqualTo("0064kty71");
        assertThat(merged.domains()).containsExactly("sysu.edu.cn");
        assertThat(merged.webPage()).isEqualTo("https://www.sysu.edu.cn/");
        assertThat(merged.sources()).containsExactly(InstitutionSource.ROR_2021, InstitutionSource.OPENALEX,
                InstitutionSource.HIPO);
        assertThat(merged.id()).isEqualTo(MeridianInstitutionId.of("CN", "sun yat sen university"));
    }

    @Test
    void keepsTheSameNameInDifferentCountriesApart() {
        MergingInstitutionSources.Result result = MergingInstitutionSources.merge(List.of(
                ror("Northeastern University", "CN", InstitutionType.EDUCATION),
                ror("Northeastern University", "US", InstitutionType.EDUCATION)), List.of());
        assertThat(result.institutions()).extracting(InstitutionEntry::countryCode).containsExactly("CN", "US");
        assertThat(result.institutions().get(0).id()).isNotEqualTo(result.institutions().get(1).id());
    }

    @Test
    void matchesHongKongUnderRorsChinaAndKeepsHongKong() {
        MergingInstitutionSources.Result result = MergingInstitutionSources.merge(List.of(
                ror("Chinese University of Hong Kong", "CN", InstitutionType.EDUCATION),
                hipo("The Chinese University of Hong Kong", "HK", "cuhk.edu.hk")),
                List.of(new ChineseName("The Chinese University of Hong Kong", "HK", "香港中文大学")));
        assertThat(result.institutions()).hasSize(1);
        InstitutionEntry merged = result.institutions().get(0);
        assertThat(merged.countryCode()).isEqualTo("HK");
        assertThat(merged.id()).startsWith("HK-");
        assertThat(merged.nameEn()).isEqualTo("Chinese University of Hong Kong");
        assertThat(merged.nameZh()).isEqualTo("香港中文大学");
        assertThat(merged.nameZhSource()).isEqualTo("meridian");
    }

    @Test
    void prefersOpenAlexTypeUnlessItIsOutsideTheVocabulary() {
        MergingInstitutionSources.Result result = MergingInstitutionSources.merge(List.of(
                ror("University College Dublin", "IE", InstitutionType.EDUCATION),
                openAlex("University College Dublin", "IE", null, "I100930933", "05m7pjf47"),
                ror("Rural Development Institute", "CN", InstitutionType.NONPROFIT),
                openAlex("Rural Development Institute", "CN", InstitutionType.FACILITY, "I4210143900", null),
                ror("Untyped Body", "FR", null)), List.of());
        assertThat(result.institutions()).extracting(InstitutionEntry::nameEn, InstitutionEntry::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rural Development Institute", InstitutionType.FACILITY),
                org.assertj.core.groups.Tuple.tuple("Untyped Body", InstitutionType.OTHER),
                org.assertj.core.groups.Tuple.tuple("University College Dublin", InstitutionType.EDUCATION));
    }

    @Test
    void countsSkippedRowsAndReportsChineseNamesThatMatchNothing() {
        ChineseName stray = new ChineseName("Nowhere University", "CN", "无处大学");
        MergingInstitutionSources.Result result = MergingInstitutionSources.merge(List.of(
                ror("  ", "CN", InstitutionType.EDUCATION), ror("Peking University", "CN", InstitutionType.EDUCATION),
                ror("Peking University", "CN", InstitutionType.EDUCATION)),
                List.of(stray, new ChineseName("PEKING UNIVERSITY", "CN", "北京大学")));
        assertThat(result.sourceRows()).isEqualTo(3);
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.institutions()).singleElement().extracting(InstitutionEntry::nameZh).isEqualTo("北京大学");
        assertThat(result.unmatchedChineseNames()).containsExactly(stray);
    }

    @Test
    void derivesTheSameIdEveryTimeAndAnotherForAnotherCountry() {
        String id = MeridianInstitutionId.of("CN", "tsinghua university");
        assertThat(id).matches("CN-[0-9a-f]{10}").isEqualTo(MeridianInstitutionId.of("CN", "tsinghua university"));
        assertThat(MeridianInstitutionId.of("SG", "tsinghua university")).isNotEqualTo(id);
        assertThat(MeridianInstitutionId.of(null, "x")).startsWith("XX-");
        assertThat(MeridianInstitutionId.alternative("CN", "tsinghua university", 1)).isNotEqualTo(id).startsWith("CN-");
    }
}
