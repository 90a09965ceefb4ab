package org.meridian.core.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.meridian.core.frontier.ChartingFrontier;
import org.meridian.core.frontier.Frontier;
import org.meridian.core.frontier.FrontierSettings;
import org.meridian.core.gaps.AnalysingGaps;
import org.meridian.core.gaps.Demand;
import org.meridian.core.gaps.GapMap;
import org.meridian.core.gaps.GapSettings;
import org.meridian.core.gaps.WorldIntersections;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.WorkTally;
import org.meridian.core.matching.CandidateFilter;
import org.meridian.core.matching.HomeContext;
import org.meridian.core.matching.PartnerIndex;
import org.meridian.core.matching.PartnerQuery;
import org.meridian.core.matching.RecommendingPartners;
import org.meridian.core.matching.RegistryTies;
import org.meridian.core.scholarly.Work;

/**
 * Checks whether partner recommendations come true. With only the works up to the as-of year, it recommends k
 * partners for each home (institutions with enough output, drawn with a seed): the home's gap analysis gives
 * the target fields, candidates it has already co-published with are left out. The truth is the institutions
 * that newly co-publish with the home in the following years ({@link NewPartners}). Meridian and the
 * {@link Baseline}s rank the same candidates in the same run; their precision@k, recall@k and nDCG@k
 * ({@link RankingMetrics}) are averaged over the homes that found at least one new partner.
 */
public final class Backtesting {

    private Backtesting() {
    }

    public static BacktestReport run(List<Work> works, BacktestSettings settings) {
        List<Work> seen = works.stream().filter(w -> w.publicationYear() <= settings.asOfYear()).toList();
        Landscape landscape = WorkTally.tally(seen, settings.tally());
        return run(landscape, NewPartners.find(works, settings), settings);
    }

    /** Runs on a landscape of the works up to the as-of year and a truth found elsewhere. */
    public static BacktestReport run(Landscape asOf, Map<String, Set<String>> newPartners, BacktestSettings settings) {
        Frontier frontier = ChartingFrontier.chart(asOf, FrontierSettings.defaults(settings.featurePeriod())
                .withItemLevel(asOf.finestLevel()).withMinVolume(settings.frontierMinVolume()));
        PartnerIndex index = PartnerIndex.build(asOf, settings.level(), settings.featurePeriod(), settings.index());
        GapSettings gapSettings = GapSettings.defaults(settings.featurePeriod()).withLevel(settings.level());
        WorldIntersections worldIntersections = WorldIntersections.of(asOf, gapSettings);
        Random random = new Random(settings.seed());
        Map<String, double[]> sums = new LinkedHashMap<>();
        sums.put(BacktestReport.MERIDIAN, new double[3]);
        for (Baseline baseline : Baseline.values()) {
            sums.put(baseline.label(), new double[3]);
        }
        int evaluated = 0;
        int withoutNewPartner = 0;
        for (String homeId : homes(index, settings, random)) {
            Set<String> truth = newPartners.getOrDefault(homeId, Set.of());
            if (truth.isEmpty()) {
                withoutNewPartner++;
                continue;
            }
            evaluated++;
            Home home = Home.institution(homeId);
            GapMap gaps = AnalysingGaps.analyse(asOf, home, frontier, Demand.none(), gapSettings, worldIntersections);
            PartnerQuery query = new PartnerQuery(home, gaps.targetFieldIds(), CandidateFilter.all().excludingCurrentPartners(),
                    settings.k(), RegistryTies.none(), settings.weights());
            List<String> meridian = RecommendingPartners.recommend(index, query).stream()
                    .map(r -> r.institution().id()).toList();
            add(sums.get(BacktestReport.MERIDIAN), meridian, truth, settings.k());
            HomeContext context = HomeContext.of(index, query);
            for (Baseline baseline : Baseline.values()) {
                add(sums.get(baseline.label()), baseline.rank(index, context, settings.k(), random), truth, settings.k());
            }
        }
        List<MethodScore> scores = new ArrayList<>();
        int homes = evaluated;
        sums.forEach((method, sum) -> scores.add(homes == 0 ? new MethodScore(method, 0, 0, 0)
                : new MethodScore(method, sum[0] / homes, sum[1] / homes, sum[2] / homes)));
        return new BacktestReport(settings, evaluated, withoutNewPartner, scores);
    }

    private static List<String> homes(PartnerIndex index, BacktestSettings settings, Random random) {
        List<String> eligible = new ArrayList<>();
        for (int c = 0; c < index.candidateCount(); c++) {
            if (index.totalP(c) >= settings.minHomeOutput()) {
                eligible.add(index.candidate(c).id());
            }
        }
        eligible.sort(Comparator.naturalOrder());
        Collections.shuffle(eligible, random);
        return eligible.subList(0, Math.min(settings.maxHomes(), eligible.size()));
    }

    private static void add(double[] sum, List<String> ranked, Set<String> truth, int k) {
        sum[0] += RankingMetrics.precision(ranked, truth, k);
        sum[1] += RankingMetrics.recall(ranked, truth, k);
        sum[2] += RankingMetrics.ndcg(ranked, truth, k);
    }
}
