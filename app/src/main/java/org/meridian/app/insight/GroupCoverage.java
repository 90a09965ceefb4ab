package org.meridian.app.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.statistics.CoauthoredWorks;
import org.meridian.core.statistics.Country;
import org.meridian.core.statistics.ShippedStatistics;
import org.meridian.core.statistics.StudentFlow;
import org.springframework.stereotype.Service;

/**
 * Coverage of a group of countries by year. For the home institution: agreements ({@link AgreementCoverage}),
 * mobility (its records, either direction, by academic year) and co-publications ({@link ScholarlyFigures}). For a
 * country: mobility (OECD flows 2013-2019, students either way) and co-publications (OpenAlex pairs with at least
 * one co-authored work); agreements are institutional and have no national measure.
 */
@Service
public class GroupCoverage {

    public static final List<String> MEASURES = List.of("agreement", "mobility", "copublication");

    private final NationalStatistics statistics;
    private final InstitutionFigures institutions;
    private final AgreementCoverage agreements;
    private final ScholarlyFigures scholarly;
    private final Tenants tenants;
    private final InsightCache cache;

    GroupCoverage(NationalStatistics statistics, InstitutionFigures institutions, AgreementCoverage agreements,
            ScholarlyFigures scholarly, Tenants tenants, InsightCache cache) {
        this.cache = cache;
        this.statistics = statistics;
        this.institutions = institutions;
        this.agreements = agreements;
        this.scholarly = scholarly;
        this.tenants = tenants;
    }

    /**
     * @param scope   {@code home} or {@code country}
     * @param country with scope country: the country (alpha-2)
     * @param group   {@code BRI} (default), {@code OECD} or {@code all}
     * @param region  UN M49 region name (e.g. {@code Asia}), null for all
     */
    public CoverageReport of(String scope, String country, String group, String region, Integer fromYear,
            Integer toYear) {
        boolean ofHome = scope == null || scope.isBlank() || "home".equals(scope);
        Long home = ofHome ? institutions.homeTenant() : null;
        return cache.get("coverage", Arrays.asList(scope, home, country, group, region, fromYear, toYear),
                () -> compute(scope, country, group, region, fromYear, toYear));
    }

    private CoverageReport compute(String scope, String country, String group, String region, Integer fromYear,
            Integer toYear) {
        ShippedStatistics shipped = statistics.statistics();
        String groupName = group == null || group.isBlank() ? NationalStatistics.BELT_AND_ROAD
                : group.trim().toUpperCase(Locale.ROOT);
        Set<String> groupMembers = switch (groupName) {
            case NationalStatistics.OECD, NationalStatistics.BELT_AND_ROAD -> statistics.groups().get(groupName);
            case "ALL" -> new TreeSet<>(shipped.countries().countries().stream().map(Country::alpha2).toList());
            default -> throw InvalidInput.of("group", "must be BRI, OECD or all");
        };
        String unitId;
        String unitName;
        String home;
        Map<String, Map<Integer, Set<String>>> byMeasure = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        if ("country".equals(scope)) {
            home = country == null || country.isBlank() ? "CN" : country.trim().toUpperCase(Locale.ROOT);
            String code = home;
            unitId = home;
            unitName = shipped.countries().byAlpha2(home).map(Country::nameEnglish)
                    .orElseThrow(() -> new RecordNotFound("country", code));
            byMeasure.put("agreement", null);
            byMeasure.put("mobility", studentPartners(home, shipped.oecdFlows().records()));
            byMeasure.put("copublication", coauthors(home, shipped.coauthoredWorks().records()));
            sources.put("agreement", "agreements are institutional: no national measure");
            sources.put("mobility", "oecd");
            sources.put("copublication", "openalex");
        } else if (scope == null || scope.isBlank() || "home".equals(scope)) {
            long tenantId = institutions.homeTenant();
            Tenant tenant = tenants.byId(tenantId).orElseThrow(() -> new RecordNotFound("tenant", tenantId));
            home = tenant.countryCode();
            unitId = Long.toString(tenantId);
            unitName = tenant.name();
            byMeasure.put("agreement", agreements.available() ? agreements.countriesByYear(tenantId) : null);
            byMeasure.put("mobility", institutions.mobilityCountriesByYear(tenantId));
            ScholarlyFigures.Publications publications = scholarly.publications(tenantId);
            byMeasure.put("copublication", publications.measured() ? publications.coauthorCountriesByYear() : null);
            sources.put("agreement", "agreement records");
            sources.put("mobility", "mobility records");
            sources.put("copublication", publications.measured() ? "analytics store of publications (OpenAlex "
                    + publications.institutionId() + ")" : publications.note().text());
        } else {
            throw InvalidInput.of("scope", "must be home or country");
        }
        Set<String> regions = new TreeSet<>();
        List<Country> members = new ArrayList<>();
        for (String alpha2 : groupMembers) {
            Country member = shipped.countries().byAlpha2(alpha2).orElse(null);
            if (member == null || alpha2.equals(home)) {
                continue;
            }
            if (!member.region().isEmpty()) {
                regions.add(member.region());
            }
            if (region == null || region.isBlank() || region.equalsIgnoreCase(member.region())) {
                members.add(member);
            }
        }
        Set<Integer> allYears = new TreeSet<>();
        byMeasure.values().stream().filter(java.util.Objects::nonNull).forEach(years -> allYears.addAll(years.keySet()));
        int first = fromYear != null ? fromYear : allYears.stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = toYear != null ? toYear : allYears.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (last < first) {
            throw InvalidInput.of("to", "must not be before from");
        }
        List<CoverageReport.YearRow> years = new ArrayList<>();
        for (int year : allYears) {
            if (year < first || year > last) {
                continue;
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            byMeasure.forEach((measure, byYear) -> {
                if (byYear == null || !byYear.containsKey(year)) {
                    // no source, or nothing reported that year (e.g. OECD flows end in 2019): unknown, not 0
                    shares.put(measure, null);
                    counts.put(measure, null);
                    return;
                }
                Set<String> covered = byYear.getOrDefault(year, Set.of());
                int count = (int) members.stream().filter(member -> covered.contains(member.alpha2())).count();
                counts.put(measure, count);
                shares.put(measure, members.isEmpty() ? null : (double) count / members.size());
            });
            years.add(new CoverageReport.YearRow(year, shares, counts));
        }
        List<CoverageReport.CountryRow> countries = new ArrayList<>();
        for (Country member : members) {
            Map<String, Boolean> covered = new LinkedHashMap<>();
            int measuresCovered = 0;
            for (Map.Entry<String, Map<Integer, Set<String>>> measure : byMeasure.entrySet()) {
                if (measure.getValue() == null) {
                    covered.put(measure.getKey(), null);
                    continue;
                }
                boolean any = measure.getValue().entrySet().stream().anyMatch(entry -> entry.getKey() >= first
                        && entry.getKey() <= last && entry.getValue().contains(member.alpha2()));
                covered.put(measure.getKey(), any);
                measuresCovered += any ? 1 : 0;
            }
            countries.add(new CoverageReport.CountryRow(member.alpha2(), member.alpha3(), member.nameEnglish(),
                    member.nameChinese(), member.region(), member.subregion(), covered, measuresCovered));
        }
        List<CoverageReport.Measure> measures = List.of(
                new CoverageReport.Measure("agreement", "Active agreement", "有效合作协议", sources.get("agreement"),
                        byMeasure.get("agreement") != null),
                new CoverageReport.Measure("mobility", "Mobility", "人员流动", sources.get("mobility"), true),
                new CoverageReport.Measure("copublication", "Co-publications", "合著成果", sources.get("copublication"),
                        byMeasure.get("copublication") != null));
        List<InsightNote> notes = List.of(membersNote(groupName, home, region));
        return new CoverageReport(scope == null || scope.isBlank() ? "home" : scope, unitId, unitName,
                groupName.equals("ALL") ? "all" : groupName, region == null || region.isBlank() ? null : region,
                List.copyOf(regions), NationalStatistics.GROUPS_AS_OF, members.size(),
                allYears.isEmpty() ? fromYear : Integer.valueOf(first),
                allYears.isEmpty() ? toYear : Integer.valueOf(last), measures, years, countries, notes);
    }

    /**
     * Which countries are the group's members: {@code insight.coverage.note.members}, with {@code WithoutHome} when
     * the home country is left out and {@code InRegion} for one region; arguments the group, the date of membership,
     * then the home country and the region where named.
     */
    private static InsightNote membersNote(String groupName, String home, String region) {
        boolean allRegions = region == null || region.isBlank();
        List<String> arguments = new ArrayList<>(List.of(groupName, NationalStatistics.GROUPS_AS_OF.toString()));
        if (home != null) {
            arguments.add(home);
        }
        if (!allRegions) {
            arguments.add(region);
        }
        String code = "insight.coverage.note.members" + (home == null ? "" : "WithoutHome")
                + (allRegions ? "" : "InRegion");
        String text = "Members: " + groupName + " on " + NationalStatistics.GROUPS_AS_OF + " (countries.csv), "
                + (home == null ? "" : "without " + home + " itself, ") + "in " + (allRegions ? "all regions" : region)
                + ".";
        return new InsightNote(code, arguments, text);
    }

    private static Map<Integer, Set<String>> studentPartners(String alpha2, List<StudentFlow> flows) {
        Map<Integer, Set<String>> byYear = new HashMap<>();
        for (StudentFlow flow : flows) {
            if (flow.tertiaryStudents() <= 0) {
                continue;
            }
            if (flow.hostAlpha2().equals(alpha2)) {
                byYear.computeIfAbsent(flow.year(), year -> new HashSet<>()).add(flow.originAlpha2());
            } else if (flow.originAlpha2().equals(alpha2)) {
                byYear.computeIfAbsent(flow.year(), year -> new HashSet<>()).add(flow.hostAlpha2());
            }
        }
        return byYear;
    }

    private static Map<Integer, Set<String>> coauthors(String alpha2, List<CoauthoredWorks> pairs) {
        Map<Integer, Set<String>> byYear = new HashMap<>();
        for (CoauthoredWorks pair : pairs) {
            if (pair.works() > 0 && pair.involves(alpha2) && !pair.countryA().equals(pair.countryB())) {
                byYear.computeIfAbsent(pair.year(), year -> new HashSet<>()).add(pair.partnerOf(alpha2));
            }
        }
        return byYear;
    }
}
