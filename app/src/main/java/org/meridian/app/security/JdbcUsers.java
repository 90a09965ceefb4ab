package org.meridian.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUsers implements Users {

    private static final String COLUMNS = "id, username, display_name, role, tenant_id, locale, enabled, created_at, version";

    private final JdbcClient jdbc;

    JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(String username, String passwordHash, String displayName, Role role, Long tenantId, String locale) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into security_user (username, password_hash, display_name, role, tenant_id, locale)
                values (:username, :hash, :displayName, :role, :tenantId, :locale)
                """)
                .param("username", username).param("hash", passwordHash).param("displayName", displayName)
                .param("role", role.name()).param("tenantId", tenantId).param("locale", locale)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from security_user where id = :id").param("id", id)
                .query(JdbcUsers::account).optional();
    }

    @Override
    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from security_user where lower(username) = lower(:username)")
                .param("username", username).query(JdbcUsers::account).optional();
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from security_user where id = :id").param("id", id)
                .query(String.class).optional();
    }

    @Override
    public List<UserAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from security_user order by username").query(JdbcUsers::account).list();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from security_user where role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    @Override
    public void changePassword(long id, String passwordHash) {
        jdbc.sql("update security_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    @Override
    public void changeLocale(long id, String locale) {
        jdbc.sql("update security_user set locale = :locale where id = :id").param("locale", locale).param("id", id)
                .update();
    }

    @Override
    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update security_user set enabled = :enabled, version = version + 1 where id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    private static UserAccount account(ResultSet row, int number) throws SQLException {
        long tenant = row.getLong("tenant_id");
        Long tenantId = row.wasNull() ? null : tenant;
        return new UserAccount(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                Role.valueOf(row.getString("role")), tenantId, row.getString("locale"),
                row.getBoolean("enabled"), row.getTimestamp("created_at").toLocalDateTime(), row.getLong("version"));
    }
}
