package org.meridian.app.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Groups of countries (OECD, Belt and Road, EU, ASEAN, G20, BRICS, UN M49 regions) and their members. A country
 * may be in several groups.
 */
@Repository
public class CountryGroups {

    private final JdbcClient jdbc;

    CountryGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All groups, or those of one kind, by code. */
    public List<CountryGroup> all(String kind) {
        if (kind == null) {
            return jdbc.sql("select * from reference_country_group order by code")
                    .query(new DataClassRowMapper<>(CountryGroup.class)).list();
        }
        return jdbc.sql("select * from reference_country_group where kind = :kind order by code")
                .param("kind", kind.trim()).query(new DataClassRowMapper<>(CountryGroup.class)).list();
    }

    public Optional<CountryGroup> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from reference_country_group where code = :code")
                .param("code", code.trim().toUpperCase(Locale.ROOT))
                .query(new DataClassRowMapper<>(CountryGroup.class)).optional();
    }

    /** The ISO alpha-2 codes of today's members, sorted. */
    public List<String> membersOf(String groupCode) {
        return membersOn(groupCode, LocalDate.now());
    }

    /** The ISO alpha-2 codes of the members on a day, sorted. */
    public List<String> membersOn(String groupCode, LocalDate day) {
        return membershipsOf(groupCode).stream().filter(member -> member.memberOn(day))
                .map(CountryGroupMember::countryCode).toList();
    }

    /** Every membership of the group, past ones included, by country code. */
    public List<CountryGroupMember> membershipsOf(String groupCode) {
        return jdbc.sql("select * from reference_country_group_member where group_code = :code order by country_code")
                .param("code", groupCode == null ? "" : groupCode.trim().toUpperCase(Locale.ROOT))
                .query(new DataClassRowMapper<>(CountryGroupMember.class)).list();
    }

    /** The groups a country belongs to today, by code. */
    public List<CountryGroup> groupsOf(String alpha2) {
        return jdbc.sql("""
                select g.* from reference_country_group g join reference_country_group_member m on m.group_code = g.code
                where m.country_code = :country and (m.joined_on is null or m.joined_on <= :today)
                  and (m.left_on is null or m.left_on > :today)
                order by g.code""")
                .param("country", alpha2 == null ? "" : alpha2.trim().toUpperCase(Locale.ROOT))
                .param("today", LocalDate.now()).query(new DataClassRowMapper<>(CountryGroup.class)).list();
    }

    /** Whether the country is a member of the group today. */
    public boolean isMember(String groupCode, String alpha2) {
        return membersOf(groupCode).contains(alpha2 == null ? "" : alpha2.trim().toUpperCase(Locale.ROOT));
    }
}
