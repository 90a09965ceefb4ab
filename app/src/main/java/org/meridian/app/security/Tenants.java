package org.meridian.app.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The home institutions that keep their records in Meridian. */
@Repository
public class Tenants {

    private static final String SELECT =
            "select id, code, name, name_zh, country_code, institution_id, demo from security_tenant";

    private final JdbcClient jdbc;

    Tenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String code, String name, String nameZh, String countryCode, String institutionId, boolean demo) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into security_tenant (code, name, name_zh, country_code, institution_id, demo)
                values (:code, :name, :nameZh, :countryCode, :institutionId, :demo)
                """)
                .param("code", code).param("name", name).param("nameZh", nameZh).param("countryCode", countryCode)
                .param("institutionId", institutionId).param("demo", demo)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Tenant> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(new DataClassRowMapper<>(Tenant.class))
                .optional();
    }

    public Optional<Tenant> byCode(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code)
                .query(new DataClassRowMapper<>(Tenant.class)).optional();
    }

    public List<Tenant> all() {
        return jdbc.sql(SELECT + " order by name").query(new DataClassRowMapper<>(Tenant.class)).list();
    }
}
