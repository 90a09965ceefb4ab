package org.meridian.core.scholarly.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.meridian.core.backtest.BacktestSettings;
import org.meridian.core.backtest.NewPartners;
import org.meridian.core.backtest.RankingMetrics;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.WorkTally;
import org.meridian.core.matching.CandidateFilter;
import org.meridian.core.matching.HomeContext;
import org.meridian.core.matching.PartnerIndex;
import org.meridian.core.matching.PartnerQuery;
import org.meridian.core.scholarly.Work;

/**
 * The ceiling of a backtest on the generator's works: precision@10 of a ranking by the generator's own hidden
 * parameters (size × field-profile overlap × (0.25 + complementarity) × proximity), over the same homes and
 * truth as {@code BacktestRun}. Prints a figure; argument: works (institutions: one per 100, at least 200).
 */
public final class BacktestCeiling {
    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        SyntheticWorks gen = new SyntheticWorks(new GeneratorSettings(count, 7, 2013, 2022, (int) Math.max(200, count / 100)));
        List<Work> works = new ArrayList<>();
        gen.forEachRemaining(works::add);
        List<SyntheticInstitution> inst = gen.institutions();
        Map<String, SyntheticInstitution> byId = new HashMap<>();
        for (SyntheticInstitution i : inst) byId.put(i.affiliation().id(), i);
        BacktestSettings settings = BacktestSettings.defaults(2019);
        Landscape landscape = WorkTally.tally(works.stream().filter(w -> w.publicationYear() <= 2019).toList(), settings.tally());
        Map<String, Set<String>> truth = NewPartners.find(works, settings);
        PartnerIndex index = PartnerIndex.build(landscape, settings.level(), settings.featurePeriod(), settings.index());
        int n = index.candidateCount();
        List<String> homes = new ArrayList<>();
        for (int c = 0; c < n; c++) if (index.totalP(c) >= 10) homes.add(index.candidate(c).id());
        Collections.sort(homes); Collections.shuffle(homes, new Random(1));
        double sum = 0;
        int evaluated = 0;
        for (String h : homes.subList(0, Math.min(200, homes.size()))) {
            Set<String> t = truth.getOrDefault(h, Set.of());
            if (t.isEmpty()) continue;
            evaluated++;
            HomeContext ctx = HomeContext.of(index, PartnerQuery.of(Home.institution(h), List.of(), 10).with(CandidateFilter.all().excludingCurrentPartners()));
            SyntheticInstitution H = byId.get(h);
            double[] score = new double[n];
            for (int x = 0; x < n; x++) {
                if (!ctx.eligible(x)) { score[x] = -1; continue; }
                SyntheticInstitution X = byId.get(index.candidate(x).id());
                double overlap = 0;
                for (int f = 0; f < H.specialisation().length; f++) overlap += H.specialisation()[f] * X.specialisation()[f];
                double prox = H.affiliation().countryCode().equals(X.affiliation().countryCode()) ? 1
                    : 0.05 + 0.65 * Math.exp(-Geography.distanceKm(region(H), region(X)) / 3000);
                score[x] = X.size() * overlap * (0.25 + H.complementarity(X)) * prox;
            }
            List<String> ranked = java.util.stream.IntStream.range(0, n).boxed().filter(x -> score[x] >= 0)
                .sorted(Comparator.<Integer>comparingDouble(x -> -score[x])).limit(10).map(x -> index.candidate(x).id()).toList();
            sum += RankingMetrics.precision(ranked, t, 10);
        }
        System.out.printf("oracle precision@10 %.4f over %d homes%n", sum / evaluated, evaluated);
    }
    static Geography.Region region(SyntheticInstitution i) {
        return Geography.REGIONS.stream().filter(r -> r.name().equals(i.region())).findFirst().orElseThrow();
    }
}
