package org.meridian.app.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.meridian.app.InvalidInput;
import org.meridian.app.reference.Countries;
import org.meridian.app.reference.Country;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelFlow;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.engagement.EngagementStanding;
import org.meridian.core.vocabulary.Coded;
import org.springframework.stereotype.Service;

/**
 * Figures of institutions (tenants) computed from their records, without personal data.
 * <ul>
 * <li><b>Balance flows</b> of one institution per channel, year and partner country: students and staff/scholars
 * from mobility (inbound = bringing in, outbound = going global; year = first year of the academic year);
 * governance from engagements other than programmes (led or hosted = bringing in, attended = going global;
 * member and contributor roles count on neither side); programmes going global = engagements of kind
 * programme abroad, open course or adopted abroad (any role); programmes brought in from {@link ProgrammeFlows},
 * research from {@link ScholarlyFigures}.</li>
 * <li><b>Scorecard indicators</b> of every institution over a period of years (see {@link #indicators}). An
 * institution with no mobility record at all has the mobility indicators missing, one with no engagement the
 * engagement indicators missing: nothing recorded is not the same as a recorded zero.</li>
 * </ul>
 */
@Service
public class InstitutionFigures {

    static final Set<EngagementKind> PROGRAMME_KINDS = Set.of(EngagementKind.PROGRAMME_ABROAD,
            EngagementKind.OPEN_COURSE, EngagementKind.ADOPTED_ABROAD);

    private final JdbcRecordCounts counts;
    private final Tenancy tenancy;
    private final Tenants tenants;
    private final Countries countries;
    private final ProgrammeFlows programmes;
    private final ScholarlyFigures scholarly;

    InstitutionFigures(JdbcRecordCounts counts, Tenancy tenancy, Tenants tenants, Countries countries,
            ProgrammeFlows programmes, ScholarlyFigures scholarly) {
        this.counts = counts;
        this.tenancy = tenancy;
        this.tenants = tenants;
        this.countries = countries;
        this.programmes = programmes;
        this.scholarly = scholarly;
    }

    /**
     * The home institution of the current user: their own (an administrator's chosen one); an analyst's own if the
     * account belongs to one.
     */
    public long homeTenant() {
        CurrentUser user = tenancy.currentUser();
        if (user.role() == Role.ANALYST) {
            if (user.tenantId() == null) {
                throw InvalidInput.of("scope", "your account belongs to no institution: choose scope=country");
            }
            return user.tenantId();
        }
        return tenancy.readableTenant();
    }

    public boolean programmesBroughtInAvailable() {
        return programmes.available();
    }

    /** The institution's publication figures from the analytics store, or why there are none. */
    public ScholarlyFigures.Publications publications(long tenant) {
        return scholarly.publications(tenant);
    }

    /** Balance flows of one institution (see the class description), research from its publications. */
    public List<ChannelFlow> flows(long tenant, ScholarlyFigures.Publications publications) {
        List<ChannelFlow> flows = new ArrayList<>();
        for (JdbcRecordCounts.MobilityCount count : counts.mobility(tenant)) {
            Channel channel = "student".equals(count.category()) ? Channel.STUDENTS : Channel.STAFF_AND_SCHOLARS;
            boolean inbound = "inbound".equals(count.direction());
            flows.add(new ChannelFlow(channel, count.year(), count.country(), inbound ? count.records() : 0,
                    inbound ? 0 : count.records()));
        }
        for (JdbcRecordCounts.EngagementCount count : counts.engagements(tenant)) {
            EngagementKind kind = Coded.byCode(EngagementKind.class, count.kind()).orElseThrow();
            EngagementRole role = Coded.byCode(EngagementRole.class, count.role()).orElseThrow();
            if (PROGRAMME_KINDS.contains(kind)) {
                flows.add(new ChannelFlow(Channel.PROGRAMMES, count.year(), count.country(), 0, count.records()));
            } else if (role.standing() != EngagementStanding.CONTRIBUTED) {
                boolean led = role.ledOrHosted();
                flows.add(new ChannelFlow(Channel.GOVERNANCE, count.year(), count.country(), led ? count.records() : 0,
                        led ? 0 : count.records()));
            }
        }
        flows.addAll(programmes.broughtIn(tenant));
        flows.addAll(publications.researchFlows());
        return flows;
    }

    /** Per academic year (first calendar year), the countries of one institution's mobility, either direction. */
    public Map<Integer, Set<String>> mobilityCountriesByYear(long tenant) {
        Map<Integer, Set<String>> byYear = new TreeMap<>();
        counts.mobility(tenant).forEach(count -> byYear.computeIfAbsent(count.year(), year -> new HashSet<>())
                .add(count.country()));
        return byYear;
    }

    /**
     * Scorecard indicators of every institution from its records started in {@code fromYear..toYear} (null: no
     * limit), by tenant id: {@code inbound_students} (inbound student mobility records), {@code partner_countries}
     * (distinct countries other than the institution's own with mobility or an engagement), {@code partner_regions}
     * (their UN M49 sub-regions), {@code io_seats} (committee seats), {@code io_contributions} (policy and standard
     * contributions), {@code conferences_hosted} (conferences hosted with a leading role),
     * {@code programmes_adopted_abroad} (programmes abroad, open courses and adoptions); then whatever
     * {@link ScholarlyFigures} supplies from its publications of the same years. Every tenant is a key, with an empty map if it recorded nothing.
     */
    public Map<Long, Map<String, Double>> indicators(Integer fromYear, Integer toYear) {
        Map<Long, Tenant> all = new LinkedHashMap<>();
        tenants.all().forEach(tenant -> all.put(tenant.id(), tenant));
        Map<Long, Map<String, Double>> values = new LinkedHashMap<>();
        Map<Long, Set<String>> partners = new HashMap<>();
        all.keySet().forEach(id -> {
            values.put(id, new LinkedHashMap<>());
            partners.put(id, new HashSet<>());
        });
        for (JdbcRecordCounts.MobilityCount count : counts.mobility(null)) {
            Map<String, Double> row = values.get(count.tenantId());
            if (row == null) {
                continue;
            }
            row.putIfAbsent("inbound_students", 0.0);
            if (within(count.year(), fromYear, toYear)) {
                if ("inbound".equals(count.direction()) && "student".equals(count.category())) {
                    row.merge("inbound_students", (double) count.records(), Double::sum);
                }
                partners.get(count.tenantId()).add(count.country());
            }
        }
        for (JdbcRecordCounts.EngagementCount count : counts.engagements(null)) {
            Map<String, Double> row = values.get(count.tenantId());
            if (row == null) {
                continue;
            }
            for (String indicator : List.of("io_seats", "io_contributions", "conferences_hosted",
                    "programmes_adopted_abroad")) {
                row.putIfAbsent(indicator, 0.0);
            }
            if (within(count.year(), fromYear, toYear)) {
                String indicator = engagementIndicator(count);
                if (indicator != null) {
                    row.merge(indicator, (double) count.records(), Double::sum);
                }
                if (count.country() != null) {
                    partners.get(count.tenantId()).add(count.country());
                }
            }
        }
        values.forEach((id, row) -> {
            if (row.isEmpty()) {
                return;
            }
            Set<String> abroad = new HashSet<>(partners.get(id));
            abroad.remove(all.get(id).countryCode());
            Set<String> regions = new HashSet<>();
            abroad.forEach(code -> countries.byCode(code).map(Country::subregionCode).ifPresent(regions::add));
            row.put("partner_countries", (double) abroad.size());
            row.put("partner_regions", (double) regions.size());
        });
        scholarly.indicatorsByTenant(all.keySet(), fromYear, toYear).forEach((id, row) -> {
            if (values.containsKey(id)) {
                values.get(id).putAll(row);
            }
        });
        return values;
    }

    private static String engagementIndicator(JdbcRecordCounts.EngagementCount count) {
        EngagementKind kind = Coded.byCode(EngagementKind.class, count.kind()).orElseThrow();
        if (PROGRAMME_KINDS.contains(kind)) {
            return "programmes_adopted_abroad";
        }
        return switch (kind) {
            case COMMITTEE_SEAT -> "io_seats";
            case POLICY_CONTRIBUTION -> "io_contributions";
            case CONFERENCE_HOSTED -> Coded.byCode(EngagementRole.class, count.role()).orElseThrow().ledOrHosted()
                    ? "conferences_hosted" : null;
            default -> null;
        };
    }

    private static boolean within(int year, Integer fromYear, Integer toYear) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }
}
