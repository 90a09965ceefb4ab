package org.meridian.app.insight;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.scorecard.Aggregation;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.IndicatorTree;
import org.meridian.core.scorecard.MissingValues;
import org.meridian.core.scorecard.Normalisation;
import org.meridian.core.scorecard.Pillar;
import org.meridian.core.scorecard.RankInterval;
import org.meridian.core.scorecard.Scorecard;
import org.meridian.core.scorecard.ScorecardResult;
import org.meridian.core.scorecard.ScorecardSettings;
import org.meridian.core.scorecard.UncertaintyAnalysis;
import org.meridian.core.scorecard.UncertaintyResult;
import org.meridian.core.scorecard.UncertaintySettings;
import org.meridian.core.scorecard.UnitScore;
import org.meridian.core.scorecard.WeightPerturbation;
import org.meridian.core.scorecard.Weights;
import org.meridian.core.statistics.NationalIndicators;
import org.springframework.stereotype.Service;

/**
 * The influence–competitiveness–voice scorecard ({@link IndicatorTree#goingGlobalAndVoice()}) over a peer set,
 * with its Monte Carlo uncertainty analysis ({@link UncertaintyAnalysis}, Dirichlet weights of concentration 10,
 * both normalisations and both aggregations drawn with equal probability).
 * <ul>
 * <li><b>Countries</b>: every country with a value in the shipped statistics ({@link NationalIndicators}: UIS
 * inbound students in 2022 or the latest of the two years before, co-author countries with at least 100 works and
 * their sub-regions in 2023).</li>
 * <li><b>Institutions</b>: every institution in Meridian, from its records ({@link InstitutionFigures}), or
 * ({@code peers=province}) those of one province ({@link InstitutionProvinces}): the one asked for, else the home
 * institution's. Analysts
 * and administrators see every institution's name; officers and viewers see their own and "Peer 1..n" for the
 * others, numbered in rank order.</li>
 * </ul>
 */
@Service
public class Scorecards {

    public static final long DEFAULT_SEED = 2026;
    public static final int DEFAULT_DRAWS = 1000;
    public static final int STUDENT_YEAR = 2022;
    public static final int PUBLICATION_YEAR = 2023;
    public static final long MINIMUM_COAUTHORED_WORKS = 100;

    private static final IndicatorTree TREE = IndicatorTree.goingGlobalAndVoice();

    private final NationalStatistics statistics;
    private final InstitutionFigures institutions;
    private final WeightVariants variants;
    private final Tenancy tenancy;
    private final Tenants tenants;

    private final InsightCache cache;
    private final InstitutionProvinces provinces;

    Scorecards(NationalStatistics statistics, InstitutionFigures institutions, WeightVariants variants,
            Tenancy tenancy, Tenants tenants, InsightCache cache, InstitutionProvinces provinces) {
        this.cache = cache;
        this.provinces = provinces;
        this.statistics = statistics;
        this.institutions = institutions;
        this.variants = variants;
        this.tenancy = tenancy;
        this.tenants = tenants;
    }

    public static IndicatorTree tree() {
        return TREE;
    }

    /** The scorecard with the units named in English. */
    public ScorecardReport compute(ScorecardRequest request) {
        return compute(request, Locale.ENGLISH);
    }

    /** The scorecard with the units named in the language of {@code locale} (Chinese or English). */
    public ScorecardReport compute(ScorecardRequest request, Locale locale) {
        String peers = request.peers() == null || request.peers().isBlank() ? "countries"
                : request.peers().trim().toLowerCase(Locale.ROOT);
        ScorecardSettings settings = new ScorecardSettings(
                choice("normalisation", request.normalisation(), Normalisation.class, Normalisation.MIN_MAX),
                choice("aggregation", request.aggregation(), Aggregation.class, Aggregation.ARITHMETIC),
                choice("missing", request.missing(), MissingValues.class, MissingValues.REWEIGHT));
        int draws = request.draws() == null ? DEFAULT_DRAWS : request.draws();
        if (draws < 10 || draws > 5000) {
            throw InvalidInput.of("draws", "must be from 10 to 5000");
        }
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        String variantName = request.variant() == null || request.variant().isBlank() ? null : request.variant().trim();
        Weights weights = variantName == null ? Weights.equal(TREE)
                : WeightVariants.weights(variants.byName(variantName)
                        .orElseThrow(() -> new RecordNotFound("weighting", variantName)), TREE);
        weights = overridden(weights, request.weights());
        int chosenDraws = draws;
        Weights chosenWeights = weights;
        String province = "province".equals(peers) ? province(request.province()) : "";
        Computed computed = cache.get("scorecard", List.of(peers, province, Objects.toString(request.country(), ""),
                Objects.toString(request.from(), ""), Objects.toString(request.to(), ""), settings, weights, draws,
                seed), () -> {
                    Peers table = switch (peers) {
                        case "countries" -> countries(request.country());
                        case "institutions" -> institutions(request.from(), request.to(), null);
                        case "province" -> institutions(request.from(), request.to(), province);
                        default -> throw InvalidInput.of("peers", "must be countries, institutions or province");
                    };
                    ScorecardResult result = Scorecard.compute(TREE, table.values(), chosenWeights, settings);
                    UncertaintySettings uncertainty = uncertainty(chosenDraws, seed);
                    return new Computed(table, result, UncertaintyAnalysis.run(TREE, table.values(), chosenWeights,
                            settings, uncertainty));
                });
        Viewer viewer = "countries".equals(peers) ? new Viewer(computed.peers().home(), true) : viewer();
        return report(peers, computed.peers(), viewer, settings, uncertainty(draws, seed), variantName, weights,
                computed.result(), computed.intervals(), "zh".equals(locale.getLanguage()));
    }

    private static UncertaintySettings uncertainty(int draws, long seed) {
        return new UncertaintySettings(draws, seed, new WeightPerturbation.Dirichlet(10),
                EnumSet.allOf(Normalisation.class), EnumSet.allOf(Aggregation.class));
    }

    /** The peer table with the units' names, and the home unit for countries (null for institutions). */
    private record Peers(IndicatorTable values, Map<String, String> labels, Map<String, String> chineseLabels,
            String home, List<InsightNote> notes) {
    }

    /** What is computed once per question and revision, whoever asks. */
    private record Computed(Peers peers, ScorecardResult result, UncertaintyResult intervals) {
    }

    /** Whose scorecard it is: the home unit, and whether other units are shown by name. */
    private record Viewer(String home, boolean namesShown) {
    }

    private Viewer viewer() {
        CurrentUser user = tenancy.currentUser();
        boolean namesShown = user.role() == Role.ANALYST || user.role() == Role.ADMIN;
        Long home = user.role() == Role.ANALYST ? user.tenantId() : Long.valueOf(institutions.homeTenant());
        return new Viewer(home == null ? null : unitId(home), namesShown);
    }

    private Peers countries(String country) {
        String home = country == null || country.isBlank() ? "CN" : country.trim().toUpperCase(Locale.ROOT);
        var shipped = statistics.statistics();
        if (shipped.countries().byAlpha2(home).isEmpty()) {
            throw InvalidInput.of("country", "'" + home + "' is not a country of the statistics");
        }
        List<String> codes = shipped.countries().countries().stream().map(found -> found.alpha2()).toList();
        IndicatorTable all = NationalIndicators.table(shipped, codes, STUDENT_YEAR, 2, PUBLICATION_YEAR,
                MINIMUM_COAUTHORED_WORKS);
        List<String> withData = codes.stream().filter(code -> NationalIndicators.FILLED.stream()
                .anyMatch(indicator -> !Double.isNaN(all.value(code, indicator)))).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> chineseLabels = new LinkedHashMap<>();
        shipped.countries().countries().forEach(found -> {
            labels.put(found.alpha2(), found.nameEnglish());
            chineseLabels.put(found.alpha2(), found.nameChinese() == null ? found.nameEnglish() : found.nameChinese());
        });
        return new Peers(all.withUnits(withData), labels, chineseLabels, home, List.of(
                InsightNote.of("insight.scorecard.note.countryPeers", "Peers: the " + withData.size()
                        + " countries with at least one value in the shipped statistics.", withData.size()),
                InsightNote.of("insight.scorecard.note.countryIndicators", "inbound_students: UIS " + STUDENT_YEAR
                        + ", or the latest of the two years before; partner_countries and partner_regions: countries"
                        + " with at least " + MINIMUM_COAUTHORED_WORKS + " co-authored works in " + PUBLICATION_YEAR
                        + " (OpenAlex) and their UN M49 sub-regions.", STUDENT_YEAR, MINIMUM_COAUTHORED_WORKS,
                        PUBLICATION_YEAR),
                InsightNote.of("insight.scorecard.note.noNationalSource",
                        "The other indicators have no national source yet and are left out.")));
    }

    /** The province asked for, else the home institution's; refused when there is none. */
    private String province(String asked) {
        if (asked != null && !asked.isBlank()) {
            return InstitutionProvinces.checked(asked);
        }
        String home = viewer().home();
        Optional<String> recorded = home == null ? Optional.empty()
                : provinces.of(Long.parseLong(home.substring("tenant-".length())));
        return recorded.orElseThrow(() -> InvalidInput.of(
                "province", "your institution has no province recorded: set it (PUT /api/v1/insight/province) "
                        + "or name one, e.g. province=CN-GD"));
    }

    /** Every institution, or those of one province (null: all). */
    private Peers institutions(Integer from, Integer to, String province) {
        if (from != null && to != null && to < from) {
            throw InvalidInput.of("to", "must not be before from");
        }
        Map<Long, Map<String, Double>> values = institutions.indicators(from, to);
        Map<Long, String> provinceOf = province == null ? Map.of() : provinces.all();
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        values.forEach((id, row) -> {
            if (province == null || province.equals(provinceOf.get(id))) {
                rows.put(unitId(id), row);
            }
        });
        Map<String, String> labels = new HashMap<>();
        Map<String, String> chineseLabels = new HashMap<>();
        for (Tenant tenant : tenants.all()) {
            labels.put(unitId(tenant.id()), tenant.name());
            chineseLabels.put(unitId(tenant.id()), tenant.nameZh() == null ? tenant.name() : tenant.nameZh());
        }
        List<String> indicators = TREE.indicators().stream().map(Indicator::id).toList();
        return new Peers(IndicatorTable.of(indicators, rows), labels, chineseLabels, null, List.of(
                institutionPeersNote(rows.size(), province, from, to),
                InsightNote.of("insight.scorecard.note.institutionsMissing", "An institution without any mobility"
                        + " record has the mobility indicators missing, one without any engagement the engagement"
                        + " indicators, one whose works the analytics store does not hold (or without an OpenAlex id)"
                        + " the publication indicators (articles and reviews, full counting).")));
    }

    /**
     * Which institutions are the peers and the years of their records, one message per case: every institution
     * ({@code insight.scorecard.note.institutionPeers.*}) or the {@code {0}} of province {@code {1}}
     * ({@code insight.scorecard.note.provincePeers.*}), over {@code .allYears}, {@code .from}, {@code .to} or
     * {@code .fromTo}, the years the last arguments.
     */
    private static InsightNote institutionPeersNote(int count, String province, Integer from, Integer to) {
        List<String> arguments = new ArrayList<>();
        String code;
        String peers;
        if (province == null) {
            code = "insight.scorecard.note.institutionPeers.";
            peers = "Peers: every institution in Meridian";
        } else {
            code = "insight.scorecard.note.provincePeers.";
            peers = "Peers: the " + count + " institutions of province " + province;
            arguments.addAll(List.of(String.valueOf(count), province));
        }
        String years;
        if (from == null && to == null) {
            code += "allYears";
            years = " of all years.";
        } else if (to == null) {
            code += "from";
            years = " started from " + from + ".";
            arguments.add(String.valueOf(from));
        } else if (from == null) {
            code += "to";
            years = " started to " + to + ".";
            arguments.add(String.valueOf(to));
        } else {
            code += "fromTo";
            years = " started from " + from + " to " + to + ".";
            arguments.addAll(List.of(String.valueOf(from), String.valueOf(to)));
        }
        return new InsightNote(code, arguments, peers + ", from their records" + years);
    }

    private ScorecardReport report(String peers, Peers table, Viewer viewer, ScorecardSettings settings,
            UncertaintySettings uncertainty, String variantName, Weights weights, ScorecardResult result,
            UncertaintyResult intervals, boolean chinese) {
        Map<String, String> labels = chinese ? table.chineseLabels() : table.labels();
        Map<String, String> shown = new HashMap<>();
        int peerNumber = 0;
        List<String> ordered = new ArrayList<>(result.scores().stream().map(UnitScore::unit).toList());
        ordered.addAll(result.excludedUnits());
        for (String unit : ordered) {
            boolean visible = viewer.namesShown() || unit.equals(viewer.home());
            shown.put(unit, visible ? labels.getOrDefault(unit, unit) : (chinese ? "同行 " : "Peer ") + ++peerNumber);
        }
        Map<String, Double> effective = weights.effective(result.tree());
        Set<String> used = new java.util.HashSet<>(effective.keySet());
        List<ScorecardReport.PillarInfo> pillars = new ArrayList<>();
        for (Pillar pillar : TREE.pillars()) {
            pillars.add(new ScorecardReport.PillarInfo(pillar.id(), pillar.name().english(), pillar.name().chinese(),
                    pillar.definition().english(), pillar.definition().chinese(), weights.pillar(pillar.id()),
                    pillar.indicators().stream().map(indicator -> new ScorecardReport.IndicatorInfo(indicator.id(),
                            indicator.name().english(), indicator.name().chinese(), indicator.definition().english(),
                            indicator.definition().chinese(), indicator.source(), indicator.unit(),
                            indicator.direction().name(), weights.indicator(indicator.id()),
                            effective.get(indicator.id()), used.contains(indicator.id()))).toList()));
        }
        List<String> usedIds = result.tree().indicators().stream().map(Indicator::id).toList();
        List<ScorecardReport.UnitRow> units = new ArrayList<>();
        for (UnitScore score : result.scores()) {
            RankInterval interval = intervals.unit(score.unit()).orElse(null);
            Map<String, Double> raw = new LinkedHashMap<>();
            usedIds.forEach(id -> raw.put(id, finite(table.values().value(score.unit(), id))));
            String id = viewer.namesShown() || score.unit().equals(viewer.home()) ? score.unit()
                    : "peer-" + shown.get(score.unit()).substring(shown.get(score.unit()).indexOf(' ') + 1);
            units.add(new ScorecardReport.UnitRow(id, shown.get(score.unit()), score.unit().equals(viewer.home()),
                    finite(score.rank()), finite(score.composite()), finite(score.pillarScores()), raw,
                    finite(score.normalisedValues()), score.observedIndicators(),
                    interval == null ? null : finite(interval.medianRank()),
                    interval == null ? null : finite(interval.lowerRank()),
                    interval == null ? null : finite(interval.upperRank()),
                    interval == null ? List.of() : interval.drivers(3),
                    interval == null ? Map.of() : finite(interval.firstOrderIndices()),
                    interval == null ? Map.of() : finite(interval.removalShifts())));
        }
        List<InsightNote> notes = new ArrayList<>(table.notes());
        if (!"countries".equals(peers)) {
            notes.add(viewer.namesShown()
                    ? InsightNote.of("insight.scorecard.note.namesShown",
                            "Institution names are shown to analysts and administrators.")
                    : InsightNote.of("insight.scorecard.note.peersNumbered",
                            "Other institutions are shown as Peer 1..n, numbered in rank order."));
        }
        return new ScorecardReport(peers, viewer.home(), new ScorecardReport.Settings(code(settings.normalisation()),
                code(settings.aggregation()), code(settings.missingValues())),
                new ScorecardReport.Uncertainty(uncertainty.draws(), uncertainty.seed(),
                        "Dirichlet, concentration 10, around the nominal weights",
                        uncertainty.normalisations().stream().sorted().map(Scorecards::code).toList(),
                        uncertainty.aggregations().stream().sorted().map(Scorecards::code).toList()),
                variantName, pillars, result.droppedIndicators(), missingValuesText(settings.missingValues()),
                result.excludedUnits().stream().map(shown::get).toList(), viewer.namesShown(), units,
                finite(intervals.meanFirstOrderIndices()), notes);
    }

    private static Weights overridden(Weights weights, String pairs) {
        if (pairs == null || pairs.isBlank()) {
            return weights;
        }
        Weights changed = weights;
        for (String pair : pairs.split(",")) {
            String[] parts = pair.split(":");
            double weight;
            try {
                weight = parts.length == 2 ? Double.parseDouble(parts[1].trim()) : Double.NaN;
            } catch (NumberFormatException notANumber) {
                weight = Double.NaN;
            }
            String id = parts[0].trim();
            if (!Double.isFinite(weight) || weight < 0) {
                throw InvalidInput.of("weights", "write id:weight pairs with weights of 0 or more, e.g. voice:2");
            }
            if (TREE.pillars().stream().anyMatch(pillar -> pillar.id().equals(id))) {
                changed = changed.withPillar(id, weight);
            } else if (TREE.indicator(id).isPresent()) {
                changed = changed.withIndicator(id, weight);
            } else {
                throw InvalidInput.of("weights", "'" + id + "' is neither a pillar nor an indicator");
            }
        }
        return changed;
    }

    static String missingValuesText(MissingValues missing) {
        return switch (missing) {
            case REWEIGHT -> "A missing value is left out and the other weights of its pillar are rescaled for that "
                    + "peer; a peer without any value gets no rank.";
            case PEER_MEAN -> "A missing value is replaced by the mean of the peers' normalised values.";
            case EXCLUDE_UNIT -> "A peer missing any indicator is left out of the peer set.";
        };
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw InvalidInput.of(field, "'" + value + "' is not one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Scorecards::code).toList()));
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String unitId(long tenantId) {
        return "tenant-" + tenantId;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, Double> finite(Map<String, Double> values) {
        Map<String, Double> kept = new LinkedHashMap<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> kept.put(entry.getKey(), finite(entry.getValue())));
        return kept;
    }
}
