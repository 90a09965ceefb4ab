package org.meridian.app.insight.bringin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.meridian.core.frontier.ChartingFrontier;
import org.meridian.core.frontier.Frontier;
import org.meridian.core.frontier.FrontierSettings;
import org.meridian.core.gaps.AnalysingGaps;
import org.meridian.core.gaps.Demand;
import org.meridian.core.gaps.GapMap;
import org.meridian.core.gaps.GapSettings;
import org.meridian.core.gaps.WorldIntersections;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.matching.PartnerIndex;
import org.meridian.core.matching.PartnerIndexSettings;
import org.meridian.core.matching.PartnerQuery;
import org.meridian.core.matching.PartnerRecommendation;
import org.meridian.core.matching.RecommendingPartners;
import org.meridian.core.matching.RecommendingTalent;
import org.meridian.core.matching.TalentQuery;
import org.meridian.core.matching.TalentRecommendation;

/**
 * The bring-in analyses over one landscape, with the defaults every caller shares: the period is the
 * landscape's last {@value #PERIOD_YEARS} years; the frontier scores topics (or the landscape's finest level)
 * and asks of an item at least min(50, the median world output of the items) works, so that small samples
 * still show a frontier; gap analysis and partner scoring work on subfields. Frontiers and partner indexes
 * are computed once per settings and kept. Immutable apart from those caches; thread-safe.
 */
public final class BringInAnalysis {

    public static final int PERIOD_YEARS = 5;

    private final Landscape landscape;
    private final YearRange period;
    private final Map<FrontierSettings, Frontier> frontiers = new ConcurrentHashMap<>();
    private final Map<FieldLevel, PartnerIndex> indexes = new ConcurrentHashMap<>();
    private final Map<GapSettings, WorldIntersections> worldIntersections = new ConcurrentHashMap<>();
    private final Map<String, String> names;

    public BringInAnalysis(Landscape landscape) {
        this(landscape, Map.of());
    }

    /** @param names field names by {@code LEVEL:id} (e.g. {@code SUBFIELD:1702}), where the landscape has none */
    public BringInAnalysis(Landscape landscape, Map<String, String> names) {
        this.landscape = landscape;
        this.names = Map.copyOf(names);
        YearRange years = landscape.years().orElse(YearRange.year(0));
        this.period = years.length() > PERIOD_YEARS ? years.last(PERIOD_YEARS) : years;
    }

    public Landscape landscape() {
        return landscape;
    }

    public YearRange period() {
        return period;
    }

    /** The frontier's settings by default: see the class comment. */
    public FrontierSettings frontierSettings() {
        FieldLevel items = FieldLevel.TOPIC.isFinerThan(landscape.finestLevel()) ? landscape.finestLevel() : FieldLevel.TOPIC;
        FieldOutputs world = landscape.world(items, period);
        double[] volumes = java.util.stream.IntStream.range(0, world.size()).mapToDouble(world::p).filter(p -> p > 0)
                .sorted().toArray();
        double median = volumes.length == 0 ? 0 : volumes[volumes.length / 2];
        return FrontierSettings.defaults(period).withItemLevel(items).withMinVolume(Math.min(50, Math.max(1, median)));
    }

    public Frontier frontier() {
        return frontier(frontierSettings());
    }

    public Frontier frontier(FrontierSettings settings) {
        return frontiers.computeIfAbsent(settings, s -> ChartingFrontier.chart(landscape, s));
    }

    public GapSettings gapSettings() {
        return GapSettings.defaults(period);
    }

    public GapMap gaps(Home home, Demand demand) {
        GapSettings settings = gapSettings();
        return AnalysingGaps.analyse(landscape, home, frontier(), demand, settings,
                worldIntersections.computeIfAbsent(settings, s -> WorldIntersections.of(landscape, s)));
    }

    public PartnerIndex partnerIndex() {
        FieldLevel level = gapSettings().level();
        return indexes.computeIfAbsent(level,
                l -> PartnerIndex.build(landscape, l, period, PartnerIndexSettings.defaults()));
    }

    public List<PartnerRecommendation> partners(PartnerQuery query) {
        return RecommendingPartners.recommend(partnerIndex(), query);
    }

    public List<TalentRecommendation> talent(TalentQuery query) {
        return RecommendingTalent.recommend(landscape, query);
    }

    /** The field's name at its level, or the id when the landscape has no name for it. */
    public String fieldName(FieldLevel level, String fieldId) {
        return landscape.taxonomy().name(level, fieldId).orElseGet(() -> names.getOrDefault(level + ":" + fieldId, fieldId));
    }

}
