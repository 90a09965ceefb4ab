package org.meridian.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstitutionSourceFilesTests {

    @Test
    void readsRorNamesWithTheirFirstType() {
        List<SourceInstitution> rows = InstitutionSourceFiles.ror2021(new StringReader("""
                name,country_code,country_name,types
                Tsinghua University,CN,China,Education
                Some Lab,de,Germany,Facility;Nonprofit
                Nameless Type,FR,France,
                """));
        assertThat(rows).extracting(SourceInstitution::name, SourceInstitution::countryCode, SourceInstitution::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tsinghua University", "CN", InstitutionType.EDUCATION),
                        org.assertj.core.groups.Tuple.tuple("Some Lab", "DE", InstitutionType.FACILITY),
                        org.assertj.core.groups.Tuple.tuple("Nameless Type", "FR", null));
        assertThat(rows.get(0).source()).isEqualTo(InstitutionSource.ROR_2021);
    }

    @Test
    void readsOpenAlexIdsInShortForm() {
        List<SourceInstitution> rows = InstitutionSourceFiles.openAlexSeen(new StringReader("""
                institution_id,display_name,ror,country_code,type,lineage
                I99065089,Tsinghua University,https://ror.org/03cve4549,CN,education,I99065089
                https://openalex.org/I1,Funding Body,,,funder,I1
                I138537684,Gauhati University,https://ror.org/https://ror.org/01ppj9r51,IN,education,I138537684\r
                """));
        assertThat(rows.get(2).rorId()).as("a doubled prefix counts once").isEqualTo("01ppj9r51");
        assertThat(rows.get(2).openalexId()).isEqualTo("I138537684");
        assertThat(rows.get(0).openalexId()).isEqualTo("I99065089");
        assertThat(rows.get(0).rorId()).isEqualTo("03cve4549");
        assertThat(rows.get(0).type()).isEqualTo(InstitutionType.EDUCATION);
        assertThat(rows.get(1).openalexId()).isEqualTo("I1");
        assertThat(rows.get(1).rorId()).isNull();
        assertThat(rows.get(1).countryCode()).isNull();
        assertThat(rows.get(1).type()).as("funder is not a type of the registry").isNull();
    }

    @Test
    void readsHipoDomainsAndFirstWebPage() {
        List<SourceInstitution> rows = InstitutionSourceFiles.hipo(new StringReader("""
                name,alpha_two_code,country,state_province,domains,web_pages
                Fudan University,CN,China,,fudan.edu.cn;fudan.cn,https://www.fudan.edu.cn/;http://fudan.cn/
                """));
        assertThat(rows.get(0).domains()).containsExactly("fudan.edu.cn", "fudan.cn");
        assertThat(rows.get(0).webPage()).isEqualTo("https://www.fudan.edu.cn/");
        assertThat(rows.get(0).type()).isEqualTo(InstitutionType.EDUCATION);
    }

    @Test
    void readsChineseNames() {
        assertThat(InstitutionSourceFiles.chineseNames(new StringReader("name_en,country_code,name_zh\nPeking University,cn,北京大学\n")))
                .containsExactly(new InstitutionSourceFiles.ChineseName("Peking University", "CN", "北京大学"));
    }
}
