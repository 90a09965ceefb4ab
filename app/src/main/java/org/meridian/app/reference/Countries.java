package org.meridian.app.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ISO 3166-1 countries and areas. Nobody edits them at run time, so they are read once (after the reference
 * data is loaded) and kept in memory: pages look them up many times per request.
 */
@Repository
public class Countries {

    private static final String COLUMNS = """
            c.alpha2, c.alpha3, c.numeric_code, c.name_en, c.name_zh, c.region_code, c.region_en, c.subregion_code,
            c.subregion_en, c.openalex_name, c.intermediate_region_code, c.intermediate_region_en""";

    private final JdbcClient jdbc;
    private volatile List<Country> cached = List.of();
    private volatile Map<String, Country> cachedByCode = Map.of();

    Countries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Country> byCode(String alpha2) {
        if (alpha2 == null) {
            return Optional.empty();
        }
        all();
        return Optional.ofNullable(cachedByCode.get(alpha2.trim().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String alpha2) {
        return byCode(alpha2).isPresent();
    }

    public List<Country> all() {
        if (cached.isEmpty()) {
            List<Country> read = jdbc.sql("select " + COLUMNS + " from reference_country c order by name_en")
                    .query(new DataClassRowMapper<>(Country.class)).list();
            Map<String, Country> byCode = new HashMap<>();
            read.forEach(country -> byCode.put(country.alpha2(), country));
            cachedByCode = Map.copyOf(byCode);
            cached = List.copyOf(read);
        }
        return cached;
    }

    /**
     * The countries that are today members of a country group (see {@link CountryGroups}) and lie in a UN M49
     * region, sub-region or intermediate region; a null argument does not filter.
     */
    public List<Country> find(String groupCode, String m49RegionCode) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from reference_country c where 1 = 1");
        if (groupCode != null) {
            sql.append(" and exists (select 1 from reference_country_group_member m where m.country_code = c.alpha2")
                    .append(" and m.group_code = :group and (m.joined_on is null or m.joined_on <= :today)")
                    .append(" and (m.left_on is null or m.left_on > :today))");
        }
        if (m49RegionCode != null) {
            sql.append(" and :region in (c.region_code, c.subregion_code, c.intermediate_region_code)");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql + " order by c.name_en");
        if (groupCode != null) {
            statement = statement.param("group", groupCode.trim().toUpperCase(Locale.ROOT))
                    .param("today", LocalDate.now());
        }
        if (m49RegionCode != null) {
            statement = statement.param("region", m49RegionCode.trim());
        }
        return statement.query(new DataClassRowMapper<>(Country.class)).list();
    }
}
