package org.meridian.app.insight.bringin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.core.frontier.Emergence;
import org.meridian.core.frontier.Frontier;
import org.meridian.core.gaps.Demand;
import org.meridian.core.gaps.DemandList;
import org.meridian.core.gaps.FieldPosition;
import org.meridian.core.gaps.GapMap;
import org.meridian.core.gaps.RecordedDemand;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Taxonomy;
import org.meridian.core.matching.CandidateFilter;
import org.meridian.core.matching.PartnerQuery;
import org.meridian.core.matching.PartnerRecommendation;
import org.meridian.core.matching.PartnerWeights;
import org.meridian.core.matching.RegistryTies;
import org.meridian.core.matching.TalentQuery;

/**
 * Answers the bring-in questions over a {@link BringInAnalysis}: the same for the command line (no registry)
 * and the web (the tenant's registry). The demand used is China's national priorities, the tenant's own
 * demand list when it has saved one ({@link #withOwnDemand}), and the demand recorded in the registry.
 */
public final class BringInAnswers {

    private final BringInAnalysis analysis;
    private final List<DemandList> ownLists;

    public BringInAnswers(BringInAnalysis analysis) {
        this(analysis, List.of());
    }

    private BringInAnswers(BringInAnalysis analysis, List<DemandList> ownLists) {
        this.analysis = analysis;
        this.ownLists = List.copyOf(ownLists);
    }

    /** The same answers with an institution's own demand list counted as high demand. */
    public BringInAnswers withOwnDemand(DemandList own) {
        return new BringInAnswers(analysis, List.of(own));
    }

    /** The frontier of a field (any level coarser than the items), or of every field when {@code fieldId} is null. */
    public FrontierAnswer frontier(String fieldId, int k) {
        Frontier frontier = analysis.frontier();
        FieldLevel items = frontier.settings().itemLevel();
        FieldRef field = null;
        List<Emergence> chosen;
        if (fieldId == null || fieldId.isBlank()) {
            chosen = frontier.items().stream().limit(k).toList();
        } else {
            FieldLevel level = levelOf(fieldId.trim());
            if (level.isFinerThan(items)) {
                throw InvalidInput.of("field", "name a field no finer than the frontier's items (" + items + ")");
            }
            field = new FieldRef(fieldId.trim(), analysis.fieldName(level, fieldId.trim()));
            chosen = frontier.of(level, fieldId.trim(), k);
        }
        List<FrontierAnswer.Item> answer = chosen.stream().map(item -> new FrontierAnswer.Item(item.itemId(),
                analysis.fieldName(items, item.itemId()), frontier.isFrontier(item), item.recentPpTop10(), item)).toList();
        return new FrontierAnswer(frontier.settings().period(), items, frontier.settings().minVolume(),
                frontier.settings().frontierScore(), field, answer);
    }

    /** The level whose ids include {@code fieldId}, coarsest first. */
    public FieldLevel levelOf(String fieldId) {
        Taxonomy taxonomy = analysis.landscape().taxonomy();
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.isFinerThan(taxonomy.finestLevel()) && taxonomy.indexOf(level, fieldId) >= 0) {
                return level;
            }
        }
        throw InvalidInput.of("field", "no field with id " + fieldId + " in the analysed works");
    }

    public GapMap gapMap(Home home, List<RecordedDemand> recorded) {
        List<DemandList> lists = new ArrayList<>();
        lists.add(DemandList.chinaNationalPriorities());
        lists.addAll(ownLists);
        return analysis.gaps(home, new Demand(lists, recorded));
    }

    public GapAnswer gaps(Home home, RecordedDemandMapping.Mapped recorded, List<String> notes) {
        GapMap map = gapMap(home, recorded.demand());
        FieldLevel level = map.settings().level();
        List<GapAnswer.Field> fields = new ArrayList<>();
        for (FieldPosition position : map.fields()) {
            fields.add(new GapAnswer.Field(position.fieldId(), analysis.fieldName(level, position.fieldId()),
                    position.home().p(), position.home().mncs(), position.home().ppTop10(), position.activityIndex(),
                    position.relativeImpact(), position.world().p(), position.world().mncs(), position.frontierShare(),
                    position.classes()));
        }
        DemandList priorities = DemandList.chinaNationalPriorities();
        List<GapAnswer.DemandSource> sources = new ArrayList<>();
        sources.add(new GapAnswer.DemandSource(priorities.name(), priorities.source()));
        ownLists.forEach(own -> sources.add(new GapAnswer.DemandSource(own.name(), own.source())));
        if (!recorded.demand().isEmpty() || !recorded.unmapped().isEmpty()) {
            sources.add(new GapAnswer.DemandSource("recorded demand",
                    "outbound mobilities and agreements in your registry, by ISCED-F field mapped to OpenAlex fields"));
        }
        return new GapAnswer(home.label(), map.settings().period(), map.settings(), fields, map.intersections(), sources,
                recorded.unmapped(), notes);
    }

    public PartnerAnswer partners(Home home, PartnerSearch search, RecordedDemandMapping.Mapped recorded,
            RegistryTies ties, List<String> notes) {
        List<String> targets = search.targetFieldIds().isEmpty() ? gapMap(home, recorded.demand()).targetFieldIds()
                : search.targetFieldIds();
        Set<String> countries = new LinkedHashSet<>();
        search.countries().forEach(code -> countries.add(code.trim().toUpperCase(Locale.ROOT)));
        for (String group : search.groups()) {
            countries.addAll(CountryGroups.shipped().members(group).orElseThrow(() -> InvalidInput.of("group",
                    "unknown group " + group + "; known: " + CountryGroups.shipped().names())));
        }
        CandidateFilter filter = CandidateFilter.all().inCountries(countries).ofTypes(search.institutionTypes());
        if (search.excludePartners()) {
            filter = new CandidateFilter(filter.countries(), filter.institutionTypes(), false, ties.partnerIds());
        }
        PartnerWeights weights = search.weights();
        PartnerQuery query = PartnerQuery.of(home, targets, search.k()).with(filter).with(ties).with(weights);
        FieldLevel level = analysis.partnerIndex().level();
        List<PartnerAnswer.Item> items = new ArrayList<>();
        for (PartnerRecommendation found : analysis.partners(query)) {
            items.add(new PartnerAnswer.Item(found.rank(), found.institution().id(), found.institution().name(),
                    found.institution().countryCode(), found.institution().institutionType(), found.score(),
                    found.relevance(), found.factors(), found.fieldsCovered(),
                    found.fieldsCovered().stream().map(f -> analysis.fieldName(level, f.fieldId())).toList(),
                    found.exampleWorks(), found.reason(), found.reasonCode(), found.reasonArguments()));
        }
        return new PartnerAnswer(home.label(), analysis.period(), level, refs(level, targets), weights, items, notes);
    }

    public TalentAnswer talent(Home home, List<String> targetFieldIds, Set<String> countries, int k,
            RecordedDemandMapping.Mapped recorded) {
        List<String> targets = targetFieldIds.isEmpty() ? gapMap(home, recorded.demand()).targetFieldIds() : targetFieldIds;
        FieldLevel level = analysis.gapSettings().level();
        List<String> effective = targets.isEmpty() ? analysis.landscape().taxonomy().ids(level) : targets;
        TalentQuery base = TalentQuery.of(home, effective, level, analysis.period(), k);
        TalentQuery query = new TalentQuery(home, effective, level, analysis.period(), countries, k, base.weights());
        return new TalentAnswer(home.label(), analysis.period(), level, refs(level, targets),
                analysis.talent(query));
    }

    private List<FieldRef> refs(FieldLevel level, List<String> ids) {
        return ids.stream().map(id -> new FieldRef(id, analysis.fieldName(level, id))).toList();
    }

    public BringInAnalysis analysis() {
        return analysis;
    }
}
