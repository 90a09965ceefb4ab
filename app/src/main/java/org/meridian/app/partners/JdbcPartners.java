package org.meridian.app.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.LikePattern;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.security.Tenancy;
import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.NameKey;
import org.meridian.core.partners.OpenAlexInstitutionId;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
import org.meridian.core.partners.RorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Partners in the {@code partner}, {@code partner_tag} and {@code partner_contact} tables. Every statement is
 * bound to the tenant that {@link Tenancy} allows: the readable one for reads, the writable one for writes.
 */
@Repository
class JdbcPartners implements Partners {

    private static final String LEVEL_RANK = "case level when 'prospective' then 1 when 'contact' then 2"
            + " when 'partner' then 3 else 4 end";
    private static final Map<String, String> SORTABLE = Map.of("name", "name_key", "country", "country_code",
            "kind", "kind", "level", LEVEL_RANK, "createdAt", "created_at", "updatedAt", "updated_at");

    private final JdbcClient jdbc;
    private final Tenancy tenancy;

    JdbcPartners(JdbcClient jdbc, Tenancy tenancy) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
    }

    @Override
    public Optional<Partner> byId(long id) {
        long tenant = tenancy.readableTenant();
        return jdbc.sql("select * from partner where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenant).query(JdbcPartners::partner).optional()
                .map(partner -> withTagsAndContacts(tenant, List.of(partner)).get(0));
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from partner where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenancy.readableTenant()).query(Long.class).single() > 0;
    }

    @Override
    public Page<Partner> find(PartnerFilter filter, PageQuery page) {
        long tenant = tenancy.readableTenant();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        StringBuilder where = new StringBuilder(" where tenant_id = :tenant");
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim();
            where.append(" and (name_key like :key escape '\\' or name_zh like :raw escape '\\'");
            params.put("key", LikePattern.containing(NameKey.of(text)));
            params.put("raw", LikePattern.containing(text));
            OpenAlexInstitutionId.parse(text).ifPresent(id -> {
                where.append(" or openalex_id = :openalex");
                params.put("openalex", id.value());
            });
            RorId.parse(text).ifPresent(id -> {
                where.append(" or ror_id = :ror");
                params.put("ror", id.url());
            });
            where.append(")");
        }
        if (filter.country() != null) {
            where.append(" and country_code = :country");
            params.put("country", filter.country());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().code());
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            params.put("level", filter.level().code());
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from partner_tag t where t.partner_id = partner.id"
                    + " and t.tenant_id = :tenant and t.tag = :tag)");
            params.put("tag", filter.tag());
        }
        String order = page.orderBy(SORTABLE, "name_key");
        long total = jdbc.sql("select count(*) from partner" + where).params(params).query(Long.class).single();
        List<Partner> items = jdbc.sql("select * from partner" + where + order + page.limitOffset()).params(params)
                .query(JdbcPartners::partner).list();
        return new Page<>(withTagsAndContacts(tenant, items), page.page(), page.size(), total);
    }

    /** Another partner of the writable tenant with the same natural key, if any. */
    Optional<Partner> sameAs(PartnerFields fields, Long excludingId) {
        long tenant = tenancy.writableTenant();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("key", fields.nameKey());
        List<String> sameWhen = new ArrayList<>();
        StringBuilder sameName = new StringBuilder("(name_key = :key and ");
        sameName.append(fields.country() == null ? "country_code is null" : "country_code = :country");
        if (fields.country() != null) {
            params.put("country", fields.country());
        }
        if (fields.openalexId() != null) {
            sameWhen.add("openalex_id = :openalex");
            sameName.append(" and (openalex_id is null or openalex_id = :openalex)");
            params.put("openalex", fields.openalexId());
        }
        if (fields.rorId() != null) {
            sameWhen.add("ror_id = :ror");
            sameName.append(" and (ror_id is null or ror_id = :ror)");
            params.put("ror", fields.rorId());
        }
        if (fields.organisationCode() != null) {
            sameWhen.add("(kind = 'organisation' and lower(organisation_code) = :organisation)");
            params.put("organisation", fields.organisationCode().toLowerCase(java.util.Locale.ROOT));
        }
        sameWhen.add(sameName.append(")").toString());
        String excluding = "";
        if (excludingId != null) {
            excluding = " and id <> :excluding";
            params.put("excluding", excludingId);
        }
        return jdbc.sql("select * from partner where tenant_id = :tenant" + excluding + " and ("
                + String.join(" or ", sameWhen) + ") order by id limit 1")
                .params(params).query(JdbcPartners::partner).optional();
    }

    long insert(PartnerFields fields, LocalDateTime now) {
        long tenant = tenancy.writableTenant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into partner (tenant_id, kind, name, name_zh, name_key, country_code, openalex_id, ror_id,
                    organisation_code, institution_type, level, website, notes, created_at, updated_at, version)
                values (:tenant, :kind, :name, :nameZh, :nameKey, :country, :openalex, :ror, :organisation, :type,
                    :level, :website, :notes, :now, :now, 0)
                """).params(columns(fields)).param("tenant", tenant).param("now", now).update(key, "id");
        long id = key.getKey().longValue();
        replaceTags(id, fields.tags() == null ? List.of() : fields.tags());
        replaceContacts(id, fields.contacts() == null ? List.of() : fields.contacts());
        return id;
    }

    /** Updates the partner if it still has {@code version}; false when it does not (or does not exist). */
    boolean update(long id, int version, PartnerFields fields, LocalDateTime now) {
        int updated = jdbc.sql("""
                update partner set kind = :kind, name = :name, name_zh = :nameZh, name_key = :nameKey,
                    country_code = :country, openalex_id = :openalex, ror_id = :ror,
                    organisation_code = :organisation, institution_type = :type, level = :level, website = :website,
                    notes = :notes, updated_at = :now, version = version + 1
                where id = :id and tenant_id = :tenant and version = :version
                """).params(columns(fields)).param("id", id).param("tenant", tenancy.writableTenant())
                .param("version", version).param("now", now).update();
        if (updated == 0) {
            return false;
        }
        if (fields.tags() != null) {
            replaceTags(id, fields.tags());
        }
        if (fields.contacts() != null) {
            replaceContacts(id, fields.contacts());
        }
        return true;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from partner where id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenancy.writableTenant()).update() > 0;
    }

    private void replaceTags(long id, List<String> tags) {
        long tenant = tenancy.writableTenant();
        jdbc.sql("delete from partner_tag where partner_id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenant).update();
        for (String tag : tags) {
            jdbc.sql("insert into partner_tag (tenant_id, partner_id, tag) values (:tenant, :id, :tag)")
                    .param("tenant", tenant).param("id", id).param("tag", tag).update();
        }
    }

    private void replaceContacts(long id, List<PartnerContact> contacts) {
        long tenant = tenancy.writableTenant();
        jdbc.sql("delete from partner_contact where partner_id = :id and tenant_id = :tenant")
                .param("id", id).param("tenant", tenant).update();
        for (int position = 0; position < contacts.size(); position++) {
            PartnerContact contact = contacts.get(position);
            jdbc.sql("""
                    insert into partner_contact (tenant_id, partner_id, position, name, role, email, phone)
                    values (:tenant, :id, :position, :name, :role, :email, :phone)
                    """).param("tenant", tenant).param("id", id).param("position", position)
                    .param("name", contact.name()).param("role", contact.role()).param("email", contact.email())
                    .param("phone", contact.phone()).update();
        }
    }

    private List<Partner> withTagsAndContacts(long tenant, List<Partner> partners) {
        if (partners.isEmpty()) {
            return partners;
        }
        List<Long> ids = partners.stream().map(Partner::id).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("select partner_id, tag from partner_tag where tenant_id = :tenant and partner_id in (:ids)"
                + " order by tag").param("tenant", tenant).param("ids", ids)
                .query(row -> {
                    tags.computeIfAbsent(row.getLong("partner_id"), any -> new ArrayList<>()).add(row.getString("tag"));
                });
        Map<Long, List<PartnerContact>> contacts = null;
        if (tenancy.maySeePersonalData()) {
            Map<Long, List<PartnerContact>> found = new LinkedHashMap<>();
            jdbc.sql("select * from partner_contact where tenant_id = :tenant and partner_id in (:ids)"
                    + " order by partner_id, position").param("tenant", tenant).param("ids", ids)
                    .query(row -> {
                        found.computeIfAbsent(row.getLong("partner_id"), any -> new ArrayList<>())
                                .add(new PartnerContact(row.getString("name"), row.getString("role"),
                                        row.getString("email"), row.getString("phone")));
                    });
            contacts = found;
        }
        List<Partner> complete = new ArrayList<>();
        for (Partner partner : partners) {
            complete.add(new Partner(partner.id(), partner.kind(), partner.name(), partner.nameZh(), partner.country(),
                    partner.openalexId(), partner.rorId(), partner.organisationCode(), partner.institutionType(),
                    partner.level(), tags.getOrDefault(partner.id(), List.of()),
                    contacts == null ? null : contacts.getOrDefault(partner.id(), List.of()), partner.notes(),
                    partner.website(), partner.createdAt(), partner.updatedAt(), partner.version()));
        }
        return complete;
    }

    private static Map<String, Object> columns(PartnerFields fields) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", fields.kind().code());
        columns.put("name", fields.name());
        columns.put("nameZh", fields.nameZh());
        columns.put("nameKey", fields.nameKey());
        columns.put("country", fields.country());
        columns.put("openalex", fields.openalexId());
        columns.put("ror", fields.rorId());
        columns.put("organisation", fields.organisationCode());
        columns.put("type", fields.institutionType() == null ? null : fields.institutionType().code());
        columns.put("level", fields.level().code());
        columns.put("website", fields.website());
        columns.put("notes", fields.notes());
        return columns;
    }

    private static Partner partner(ResultSet row, int rowNumber) throws SQLException {
        String type = row.getString("institution_type");
        return new Partner(row.getLong("id"), PartnerKind.fromCode(row.getString("kind")).orElseThrow(),
                row.getString("name"), row.getString("name_zh"), row.getString("country_code"),
                row.getString("openalex_id"), row.getString("ror_id"), row.getString("organisation_code"),
                type == null ? null : InstitutionType.fromCode(type).orElseThrow(),
                RelationshipLevel.fromCode(row.getString("level")).orElseThrow(), List.of(), List.of(),
                row.getString("notes"), row.getString("website"),
                row.getObject("created_at", LocalDateTime.class), row.getObject("updated_at", LocalDateTime.class),
                row.getInt("version"));
    }
}
