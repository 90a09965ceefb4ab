package org.meridian.core.statistics;

import java.io.StringReader;
import java.util.List;

/** Small hand-written files with the quirks of the shipped statistics. */
final class Fixtures {

    static final String COUNTRIES = """
            alpha2,alpha3,numeric,name_en,name_zh,openalex_name,m49_region_code,m49_region,m49_subregion_code,m49_subregion,m49_intermediate_code,m49_intermediate,oecd_member,oecd_member_since,bri_cooperation_document,bri_likely_join_date,bri_likely_exit_date
            CN,CHN,156,People's Republic of China,中国,China,142,Asia,030,Eastern Asia,,,N,,Y,2013-09-01,
            US,USA,840,United States of America,美国,United States,019,Americas,021,Northern America,,,Y,1961-04-12,N,,
            DE,DEU,276,Germany,德国,Germany,150,Europe,155,Western Europe,,,Y,1961-09-27,N,,
            TR,TUR,792,Türkiye,土耳其,Turkey,142,Asia,145,Western Asia,,,Y,1961-08-02,Y,2015-11-14,
            CW,CUW,531,Curaçao,库拉索,Curaçao,019,Americas,419,Latin America and the Caribbean,029,Caribbean,N,,N,,
            VN,VNM,704,Vietnam,越南,Vietnam,142,Asia,035,South-eastern Asia,,,N,,Y,2017-05-01,
            IT,ITA,380,Italy,意大利,Italy,150,Europe,039,Southern Europe,,,Y,1962-03-29,Y,2019-03-23,2023-12-06
            RU,RUS,643,Russian Federation,俄罗斯,Russia,150,Europe,151,Eastern Europe,,,N,,Y,,
            GB,GBR,826,United Kingdom,英国,United Kingdom,150,Europe,154,Northern Europe,,,Y,1961-05-02,N,,
            """;

    static final String UIS = """
            indicator_id,geo_unit,year,value,qualifier,magnitude
            26637,CHN,2020,225100,,
            26637,CHN,2022,210903,,
            MENF.5T8,CHN,2022,-841380,UIS_EST,
            26637,"SDG: Europe, Northern America",2022,5000,UIS_EST,
            26637,DEU,2022,403473.25,NAT_EST,
            26637,GBR,2022,0,,NA
            26637,RUS,2022,0,,NIL
            26637,ZZZ,2022,5,,
            bogus,CHN,2022,1,,
            """;

    static final String INBOUND_RATES = """
            Entity,Code,Year,"Inbound mobility rate, both sexes"
            China,CHN,2022,0.37
            World,OWID_WRL,2022,2.6
            Europe and Central Asia (WB),,2022,7.1
            """;

    static final String OECD_FLOWS = """
            host_country,origin_country,year,sum_over_isced_levels_as_published,tertiary_students_estimate_half
            Germany,China,2018,101,50.5
            Germany,Turkey,2018,40,20
            Germany,CuraÃ§ao,2018,2,1
            Germany,Atlantis,2018,6,3
            Germany,China,2019,120,60
            Italy,China,2018,0,0
            Italy,Germany,2018,0,0
            United Kingdom,China,2019,300,150
            """;

    static final String PAIRS = """
            year,country_a,country_b,works_coauthored,works_in_query_of_a,works_in_query_of_b
            2023,CN,US,72794,72794,72794
            2023,DE,CN,15954,15954,15953
            2023,CN,RU,1000,1000,1000
            2023,US,DE,40,40,40
            2023,CN,XX,3,3,3
            """;

    static final String INTERNATIONAL_WORKS = """
            year,country,international_works,group_by_groups_count
            2021,CN,219799,200
            2023,CN,237887,200
            2023,DE,145905,180
            2023,US,405719,200
            """;

    private Fixtures() {
    }

    static CountryDirectory countries() {
        return CountryDirectory.read(new StringReader(COUNTRIES));
    }

    static UisMobility uis() {
        return UisMobilityReader.read("uis.csv", new StringReader(UIS), countries());
    }

    static PublishedRates inboundRates() {
        return PublishedRateReader.read("rates.csv", new StringReader(INBOUND_RATES), countries());
    }

    static PublishedRates noRates() {
        return new PublishedRates(List.of(), List.of(), new ImportReport.Builder("none").build());
    }

    static Imported<StudentFlow> flows() {
        return OecdStudentFlowReader.read("flows.csv", new StringReader(OECD_FLOWS), countries());
    }

    static Imported<CoauthoredWorks> pairs() {
        return CoauthorshipReader.readPairs("pairs.csv", new StringReader(PAIRS), countries());
    }

    static Imported<InternationalWorks> internationalWorks() {
        return CoauthorshipReader.readInternationalWorks("works.csv", new StringReader(INTERNATIONAL_WORKS),
                countries());
    }

    static ShippedStatistics statistics() {
        return new ShippedStatistics(countries(), uis(), inboundRates(), noRates(), flows(), pairs(),
                internationalWorks());
    }
}
