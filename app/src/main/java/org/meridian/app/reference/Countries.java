package org.meridian.app.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ISO 3166-1 countries and areas. */
@Repository
public class Countries {

    private final JdbcClient jdbc;

    Countries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Country> byCode(String alpha2) {
        if (alpha2 == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from reference_country where alpha2 = :code")
                .param("code", alpha2.trim().toUpperCase(Locale.ROOT)).query(Country.class).optional();
    }

    public boolean exists(String alpha2) {
        return byCode(alpha2).isPresent();
    }

    public List<Country> all() {
        return jdbc.sql("select * from reference_country order by name_en").query(Country.class).list();
    }
}
