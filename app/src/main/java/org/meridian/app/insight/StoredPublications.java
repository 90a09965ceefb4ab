package org.meridian.app.insight;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.IndicatorRequest;
import org.meridian.app.scholarly.ScholarlyEvidence;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelFlow;
import org.meridian.core.indicators.Bootstrap;
import org.meridian.core.indicators.Counting;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorQuery;
import org.meridian.core.indicators.IndicatorRow;
import org.meridian.core.indicators.UnitType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link ScholarlyFigures} from the DuckDB analytics store of the {@code scholarly} capability. An institution is
 * found by the OpenAlex id its tenant records ({@code I27837315}, with or without {@code https://openalex.org/}), or
 * by its ROR id looked up among the store's institutions and affiliations.
 * <p>
 * The works counted are those the indicator engine counts by default: articles and reviews with a publication year
 * and a primary topic, on which one of the institution's authorships appears. A work's countries are its
 * authorships' countries (else their institutions'), Hong Kong and Macao as China; it is international with at least
 * two. Led at home: one of the institution's authorships is corresponding (as {@code pp_int_collab_led}); led abroad:
 * none of them is and a corresponding authorship is in a country other than the home country. Works with no
 * corresponding author, or one elsewhere in the home country, count on neither side.
 */
@Component
class StoredPublications implements ScholarlyFigures {

    private static final String CHINA = "CN";

    private final Tenants tenants;
    private final ScholarlyEvidence evidence;
    private final ObjectProvider<AnalyticsStore> store;

    StoredPublications(Tenants tenants, ScholarlyEvidence evidence, ObjectProvider<AnalyticsStore> store) {
        this.tenants = tenants;
        this.evidence = evidence;
        this.store = store;
    }

    @Override
    public Publications publications(long tenantId) {
        Optional<Tenant> tenant = tenants.byId(tenantId);
        if (tenant.isEmpty()) {
            return Publications.none(null, InsightNote.of("insight.publications.unknownInstitution",
                    "Unknown institution."));
        }
        String recorded = tenant.get().institutionId();
        if (recorded == null || recorded.isBlank()) {
            return Publications.none(null, InsightNote.of("insight.publications.noInstitutionId",
                    "No publication data: the institution has no OpenAlex or ROR id recorded."));
        }
        if (evidence.isEmpty()) {
            return Publications.none(null, InsightNote.of("insight.publications.emptyStore",
                    "No publication data: the analytics store holds no works (./meridian ingest openalex PATH)."));
        }
        try {
            Optional<String> institution = openAlexId(recorded);
            if (institution.isEmpty()) {
                return Publications.none(null, InsightNote.of("insight.publications.institutionNotInStore",
                        "No publication data: the analytics store does not know the institution " + recorded.trim()
                                + ".", recorded.trim()));
            }
            return read(institution.get(), homeCountry(tenant.get().countryCode()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the analytics store: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, Map<String, Double>> indicatorsByTenant(Set<Long> tenantIds, Integer fromYear, Integer toYear) {
        if (evidence.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Long>> tenantsByInstitution = new HashMap<>();
        try {
            for (Tenant tenant : tenants.all()) {
                if (tenantIds.contains(tenant.id()) && tenant.institutionId() != null
                        && !tenant.institutionId().isBlank()) {
                    openAlexId(tenant.institutionId()).ifPresent(id -> tenantsByInstitution
                            .computeIfAbsent(id, key -> new ArrayList<>()).add(tenant.id()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the analytics store: " + e.getMessage(), e);
        }
        if (tenantsByInstitution.isEmpty()) {
            return Map.of();
        }
        IndicatorRequest request = new IndicatorRequest(UnitType.INSTITUTION, tenantsByInstitution.keySet(),
                FieldLevel.ALL, fromYear, toYear, Counting.FULL, IndicatorQuery.DEFAULT_TYPES, false, Bootstrap.NONE);
        Map<Long, Map<String, Double>> values = new LinkedHashMap<>();
        for (IndicatorRow row : evidence.indicators(request, "en", false)) {
            Map<String, Double> indicators = new LinkedHashMap<>();
            indicators.put("intl_coauthored_share", row.ppIntCollab());
            indicators.put("mncs", row.mncs());
            indicators.put("pp_top10", row.ppTop10());
            row.ppIntCollabLed().ifPresent(led -> indicators.put("pp_int_collab_led", led));
            tenantsByInstitution.getOrDefault(row.unitId(), List.of()).forEach(id -> values.put(id, indicators));
        }
        return values;
    }

    /** The OpenAlex id of an institution recorded by OpenAlex id or ROR id, if the store knows it. */
    private Optional<String> openAlexId(String recorded) throws SQLException {
        String text = recorded.trim();
        String openAlex = text.replaceFirst("^https?://openalex\\.org/", "");
        if (openAlex.matches("[Ii]\\d+")) {
            return Optional.of("I" + openAlex.substring(1));
        }
        String ror = text.replaceFirst("^https?://ror\\.org/", "").toLowerCase(Locale.ROOT);
        if (!ror.matches("0[a-z0-9]{8}")) {
            return Optional.empty();
        }
        String url = "https://ror.org/" + ror;
        return Optional.ofNullable(store.getObject().query("""
                SELECT id FROM (
                    SELECT id FROM institutions WHERE ror = '%1$s' OR ror = '%2$s'
                    UNION ALL
                    SELECT institution_id FROM affiliations WHERE (ror = '%1$s' OR ror = '%2$s')
                      AND institution_id IS NOT NULL
                ) LIMIT 1""".formatted(url, ror), rows -> rows.next() ? rows.getString(1) : null));
    }

    private Publications read(String institution, String home) throws SQLException {
        List<WorkCountries> works = store.getObject().query("""
                SELECT w.id, w.publication_year, a.countries, a.is_corresponding,
                       EXISTS (SELECT 1 FROM affiliations f WHERE f.work_key = a.work_key
                               AND f.authorship_position = a.position AND f.institution_id = '%1$s') AS at_home
                FROM works w JOIN authorships a ON a.work_key = w.key
                WHERE w.key IN (SELECT work_key FROM affiliations WHERE institution_id = '%1$s')
                  AND w.publication_year IS NOT NULL AND w.primary_topic_id IS NOT NULL
                  AND w.type IN ('article', 'review')
                ORDER BY w.id, a.position""".formatted(institution), rows -> {
            List<WorkCountries> read = new ArrayList<>();
            WorkCountries current = null;
            while (rows.next()) {
                if (current == null || !current.id.equals(rows.getString(1))) {
                    current = new WorkCountries(rows.getString(1), rows.getInt(2));
                    read.add(current);
                }
                current.add(rows.getString(3), rows.getBoolean(4), rows.getBoolean(5));
            }
            return read;
        });
        if (works.isEmpty()) {
            return Publications.none(institution, InsightNote.of("insight.publications.noArticles",
                    "No publication data: the analytics store holds no article or review of " + institution
                            + " with a year and a topic.", institution));
        }
        Map<String, long[]> flows = new TreeMap<>();
        Map<Integer, Set<String>> coauthors = new TreeMap<>();
        long international = 0;
        for (WorkCountries work : works) {
            if (work.countries.size() < 2) {
                continue;
            }
            international++;
            Set<String> homeCountries = home != null ? Set.of(home) : work.homeCountries;
            Set<String> abroad = new TreeSet<>(work.countries);
            abroad.removeAll(homeCountries);
            coauthors.computeIfAbsent(work.year, year -> new TreeSet<>()).addAll(abroad);
            boolean ledAbroad = !work.ledAtHome && work.correspondingCountries.stream()
                    .anyMatch(country -> !homeCountries.contains(country));
            if (work.ledAtHome || ledAbroad) {
                String partner = abroad.size() == 1 ? abroad.iterator().next() : "";
                long[] counts = flows.computeIfAbsent(work.year + "|" + partner, key -> new long[2]);
                counts[work.ledAtHome ? 0 : 1]++;
            }
        }
        List<ChannelFlow> researchFlows = new ArrayList<>();
        flows.forEach((key, counts) -> {
            String[] parts = key.split("\\|", -1);
            researchFlows.add(new ChannelFlow(Channel.RESEARCH, Integer.parseInt(parts[0]),
                    parts[1].isEmpty() ? null : parts[1], counts[0], counts[1]));
        });
        return new Publications(institution, works.size(), international, researchFlows, coauthors,
                InsightNote.of("insight.publications.read", "OpenAlex works of " + institution
                        + " in the analytics store: " + works.size() + " articles and reviews, " + international
                        + " internationally co-authored.", institution, works.size(), international));
    }

    private static String homeCountry(String countryCode) {
        return countryCode == null || countryCode.isBlank() ? null : merged(countryCode);
    }

    /** Hong Kong and Macao count as China, as the indicator engine counts them by default. */
    private static String merged(String country) {
        String code = country.trim().toUpperCase(Locale.ROOT);
        return "HK".equals(code) || "MO".equals(code) ? CHINA : code;
    }

    /** One work's countries and who corresponds, read authorship by authorship. */
    private static final class WorkCountries {

        final String id;
        final int year;
        final Set<String> countries = new HashSet<>();
        final Set<String> homeCountries = new HashSet<>();
        final Set<String> correspondingCountries = new HashSet<>();
        boolean ledAtHome;

        WorkCountries(String id, int year) {
            this.id = id;
            this.year = year;
        }

        void add(String joinedCountries, boolean corresponding, boolean atHome) {
            for (String country : joinedCountries.split(",")) {
                if (country.isBlank()) {
                    continue;
                }
                String code = merged(country);
                countries.add(code);
                if (atHome) {
                    homeCountries.add(code);
                }
                if (corresponding) {
                    correspondingCountries.add(code);
                }
            }
            ledAtHome |= corresponding && atHome;
        }
    }
}
