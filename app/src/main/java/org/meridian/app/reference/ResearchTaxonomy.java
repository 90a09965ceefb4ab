package org.meridian.app.reference;

import java.util.List;
import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The OpenAlex field taxonomy: 4 domains, 26 fields, 252 subfields (the ASJC subject areas) and about 4,500
 * topics, each level under one parent.
 */
@Repository
public class ResearchTaxonomy {

    private final JdbcClient jdbc;

    ResearchTaxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A top level of the taxonomy: Life, Social, Physical or Health Sciences. */
    public record Domain(int id, String nameEn, String nameZh) {
    }

    /** A field (ASJC subject area group) such as 17 Computer Science. */
    public record Field(int id, int domainId, String nameEn, String nameZh) {
    }

    /** A subfield (ASJC subject area) such as 1702 Artificial Intelligence. */
    public record Subfield(int id, int fieldId, String nameEn) {
    }

    /** A topic, OpenAlex's finest level, such as T10028 Topic Modeling. */
    public record Topic(String id, int subfieldId, String nameEn) {
    }

    public List<Domain> domains() {
        return jdbc.sql("select * from reference_research_domain order by id")
                .query(new DataClassRowMapper<>(Domain.class)).list();
    }

    /** The fields of a domain, or all fields for a null domain. */
    public List<Field> fields(Integer domainId) {
        return jdbc.sql("select * from reference_research_field where :domain is null or domain_id = :domain order by id")
                .param("domain", domainId, java.sql.Types.INTEGER).query(new DataClassRowMapper<>(Field.class)).list();
    }

    public Optional<Field> field(int id) {
        return jdbc.sql("select * from reference_research_field where id = :id").param("id", id)
                .query(new DataClassRowMapper<>(Field.class))
                .optional();
    }

    /** The subfields of a field, or all subfields for a null field. */
    public List<Subfield> subfields(Integer fieldId) {
        return jdbc.sql("select * from reference_research_subfield where :field is null or field_id = :field order by id")
                .param("field", fieldId, java.sql.Types.INTEGER).query(new DataClassRowMapper<>(Subfield.class)).list();
    }

    public Optional<Subfield> subfield(int id) {
        return jdbc.sql("select * from reference_research_subfield where id = :id").param("id", id)
                .query(new DataClassRowMapper<>(Subfield.class)).optional();
    }

    /** One page of the topics of a subfield (all topics for a null subfield), by id unless sorted by name. */
    public Page<Topic> topics(Integer subfieldId, PageQuery page) {
        String where = " where :subfield is null or subfield_id = :subfield";
        long total = jdbc.sql("select count(*) from reference_research_topic" + where)
                .param("subfield", subfieldId, java.sql.Types.INTEGER).query(Long.class).single();
        List<Topic> items = jdbc.sql("select * from reference_research_topic" + where
                + page.orderBy(java.util.Map.of("name", "name_en", "id", "id"), "id") + page.limitOffset())
                .param("subfield", subfieldId, java.sql.Types.INTEGER)
                .query(new DataClassRowMapper<>(Topic.class)).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public Optional<Topic> topic(String id) {
        return jdbc.sql("select * from reference_research_topic where id = :id")
                .param("id", id == null ? "" : id.trim().toUpperCase(java.util.Locale.ROOT))
                .query(new DataClassRowMapper<>(Topic.class))
                .optional();
    }
}
