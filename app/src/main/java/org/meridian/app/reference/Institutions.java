package org.meridian.app.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.meridian.app.InvalidInput;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.core.reference.InstitutionNameIndex;
import org.meridian.core.reference.InstitutionSourceFiles;
import org.meridian.core.reference.InstitutionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The world registry of institutions (about 105,000): look-up by Meridian, OpenAlex or ROR id, and search by
 * name prefix (English or Chinese, start of the name or of any word of it), country and type. Name searches use
 * an in-memory index and answer in about a millisecond; the rows of the requested page come from the database.
 * Changes are made through {@link EditingInstitutions}.
 */
@Repository
public class Institutions {

    static final String COLUMNS = """
            id, openalex_id, ror_id, name_en, name_zh, name_zh_source, country_code, type, domains, web_page, sources, version""";
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name_key", "country", "country_code", "type",
            "type");
    private static final Map<String, Comparator<InstitutionNameIndex.Entry>> SORT_ORDERS = Map.of(
            "name", Comparator.comparing(InstitutionNameIndex.Entry::nameKey),
            "country", Comparator.comparing((InstitutionNameIndex.Entry entry) -> String.valueOf(entry.countryCode()))
                    .thenComparing(InstitutionNameIndex.Entry::nameKey),
            "type", Comparator.comparing((InstitutionNameIndex.Entry entry) -> entry.type().code())
                    .thenComparing(InstitutionNameIndex.Entry::nameKey));

    private final JdbcClient jdbc;
    private final InstitutionNameSearch nameSearch;

    Institutions(JdbcClient jdbc, InstitutionNameSearch nameSearch) {
        this.jdbc = jdbc;
        this.nameSearch = nameSearch;
    }

    /** By Meridian id, e.g. {@code CN-a1461662bf}. */
    public Optional<Institution> byId(String id) {
        return one("id = :id", id == null ? "" : id.trim());
    }

    /** By OpenAlex id, short ({@code I99065089}) or as URL. */
    public Optional<Institution> byOpenAlexId(String openalexId) {
        String id = InstitutionSourceFiles.shortOpenAlexId(openalexId);
        return id == null ? Optional.empty() : one("openalex_id = :id", id);
    }

    /** By ROR id, short ({@code 03cve4549}) or as URL. */
    public Optional<Institution> byRorId(String rorId) {
        String id = InstitutionSourceFiles.shortRorId(rorId);
        return id == null ? Optional.empty() : one("ror_id = :id", id);
    }

    /** By whichever id this is: Meridian, OpenAlex or ROR. */
    public Optional<Institution> byAnyId(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return byId(id).or(() -> byOpenAlexId(id)).or(() -> byRorId(id));
    }

    public long count() {
        return jdbc.sql("select count(*) from reference_institution").query(Long.class).single();
    }

    /**
     * One page of the institutions matching the query. With a name prefix the default order is relevance (names
     * starting with the prefix, then names with a later word starting with it, each by name); otherwise by name.
     * Sortable by {@code name}, {@code country} and {@code type}.
     */
    public Page<Institution> search(InstitutionQuery query, PageQuery page) {
        String country = query.countryCode() == null || query.countryCode().isBlank() ? null
                : query.countryCode().trim().toUpperCase(Locale.ROOT);
        InstitutionType type = type(query.type());
        if (query.namePrefix() == null || query.namePrefix().isBlank()) {
            return listed(country, type, page);
        }
        List<InstitutionNameIndex.Entry> matches = nameSearch.find(query.namePrefix(),
                entry -> (country == null || country.equals(entry.countryCode()))
                        && (type == null || type == entry.type()));
        if (page.sort() != null) {
            Comparator<InstitutionNameIndex.Entry> order = SORT_ORDERS.get(page.sort());
            if (order == null) {
                throw InvalidInput.of("sort", "cannot sort by '" + page.sort() + "'; allowed: country, name, type");
            }
            matches = new ArrayList<>(matches);
            matches.sort(page.descending() ? order.reversed() : order);
        }
        int from = (int) Math.min(matches.size(), (long) page.offset());
        int to = Math.min(matches.size(), from + page.size());
        List<String> ids = matches.subList(from, to).stream().map(InstitutionNameIndex.Entry::id).toList();
        return new Page<>(byIds(ids), page.page(), page.size(), matches.size());
    }

    /** The institutions with these Meridian ids, in the order given; unknown ids are left out. */
    public List<Institution> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Institution> found = jdbc.sql("select " + COLUMNS + " from reference_institution where id in (:ids)")
                .param("ids", ids).query(Institutions::institution).list().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private Page<Institution> listed(String country, InstitutionType type, PageQuery page) {
        String where = " where (:country is null or country_code = :country) and (:type is null or type = :type)";
        String typeCode = type == null ? null : type.code();
        long total = jdbc.sql("select count(*) from reference_institution" + where)
                .param("country", country, java.sql.Types.VARCHAR).param("type", typeCode, java.sql.Types.VARCHAR)
                .query(Long.class).single();
        List<Institution> items = jdbc.sql("select " + COLUMNS + " from reference_institution" + where
                + page.orderBy(SORT_COLUMNS, "name_key") + page.limitOffset())
                .param("country", country, java.sql.Types.VARCHAR).param("type", typeCode, java.sql.Types.VARCHAR)
                .query(Institutions::institution).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private Optional<Institution> one(String condition, String value) {
        return jdbc.sql("select " + COLUMNS + " from reference_institution where " + condition + " order by id limit 1")
                .param("id", value).query(Institutions::institution).optional();
    }

    private static InstitutionType type(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        InstitutionType type = InstitutionType.fromSource(code);
        if (type == null) {
            throw InvalidInput.of("type", "one of education, company, nonprofit, healthcare, facility, government, "
                    + "archive, other");
        }
        return type;
    }

    static Institution institution(ResultSet row, int number) throws SQLException {
        return new Institution(row.getString("id"), row.getString("openalex_id"), row.getString("ror_id"),
                row.getString("name_en"), row.getString("name_zh"), row.getString("name_zh_source"),
                row.getString("country_code"), row.getString("type"), list(row.getString("domains")),
                row.getString("web_page"), list(row.getString("sources")), row.getInt("version"));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
