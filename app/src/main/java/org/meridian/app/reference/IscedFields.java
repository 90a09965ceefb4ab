package org.meridian.app.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ISCED-F 2013 fields of education and training. */
@Repository
public class IscedFields {

    private final JdbcClient jdbc;

    IscedFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IscedField> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from reference_isced_field where code = :code").param("code", code.trim())
                .query(new DataClassRowMapper<>(IscedField.class)).optional();
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    public List<IscedField> all() {
        return jdbc.sql("select * from reference_isced_field order by code")
                .query(new DataClassRowMapper<>(IscedField.class)).list();
    }

    /** The fields of one level ({@code broad}, {@code narrow} or {@code detailed}), by code. */
    public List<IscedField> atLevel(String level) {
        return jdbc.sql("select * from reference_isced_field where level = :level order by code")
                .param("level", level == null ? "" : level.trim())
                .query(new DataClassRowMapper<>(IscedField.class)).list();
    }

    /** The fields one level below a code, by code. */
    public List<IscedField> childrenOf(String code) {
        return jdbc.sql("select * from reference_isced_field where parent_code = :code order by code")
                .param("code", code == null ? "" : code.trim())
                .query(new DataClassRowMapper<>(IscedField.class)).list();
    }
}
