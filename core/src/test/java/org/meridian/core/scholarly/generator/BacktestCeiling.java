package org.meridian.core.scholarly.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

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
 * The ceiling of {@code meridian backtest --generated N --seed S}: the precision@10 of a ranking by each
 * candidate's true chance of becoming a new partner, given everything the generator did up to the as-of year.
 * The chance is estimated by Monte Carlo: the generator is run again with the same seed up to the last work of
 * the as-of year, then with a fresh random stream for the truth years, R times; a candidate's chance is the
 * share of the replicates in which it newly co-publishes with the home. No ranking from the works up to the
 * as-of year can beat this one on average, so a target above it cannot be met. Same works, homes, settings
 * and truth as the command. Prints one line; arguments: works, seed (7), replicates (50).
 */
public final class BacktestCeiling {

    private static final int AS_OF = 2019;
    private static final int FIRST_YEAR = 2013;
    private static final int LAST_YEAR = 2022;

    /** A {@link Random} whose stream can be swapped midway; until then it draws exactly as {@code new Random(seed)}. */
    static final class SwitchableRandom extends Random {
        private static final long serialVersionUID = 1L;
        private transient Random source;

        SwitchableRandom(long seed) {
            super(0);
            source = new Random(seed);
        }

        void switchTo(long seed) {
            source = new Random(seed);
        }

        @Override
        protected int next(int bits) {
            return source == null ? 0 : source.nextInt() >>> (32 - bits);
        }
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        int replicates = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        GeneratorSettings generator = new GeneratorSettings(count, seed, FIRST_YEAR, LAST_YEAR,
                (int) Math.max(200, Math.min(20_000, count / 100)));
        BacktestSettings defaults = BacktestSettings.defaults(AS_OF);
        BacktestSettings settings = new BacktestSettings(AS_OF, defaults.horizonYears(), defaults.featureYears(),
                defaults.k(), defaults.minHomeOutput(), defaults.maxHomes(), seed, defaults.tally(), defaults.level(),
                defaults.frontierMinVolume(), defaults.weights(), defaults.index());
        List<Work> works = new ArrayList<>();
        new SyntheticWorks(generator).forEachRemaining(works::add);
        Landscape asOf = WorkTally.tally(works.stream().filter(w -> w.publicationYear() <= AS_OF).toList(),
                settings.tally());
        PartnerIndex index = PartnerIndex.build(asOf, settings.level(), settings.featurePeriod(), settings.index());
        List<String> homes = homes(index, settings);
        long firstTruthWork = firstWorkAfter(AS_OF, generator);
        Map<String, Map<String, Integer>> chances = new HashMap<>();
        for (int r = 0; r < replicates; r++) {
            SwitchableRandom random = new SwitchableRandom(seed);
            SyntheticWorks replica = new SyntheticWorks(generator, random);
            List<Work> replicaWorks = new ArrayList<>();
            for (long i = 0; replica.hasNext(); i++) {
                if (i == firstTruthWork) {
                    random.switchTo(1_000_003L * (r + 1) + seed);
                }
                replicaWorks.add(replica.next());
            }
            Map<String, Set<String>> found = NewPartners.find(replicaWorks, settings);
            for (String home : homes) {
                for (String partner : found.getOrDefault(home, Set.of())) {
                    chances.computeIfAbsent(home, h -> new HashMap<>()).merge(partner, 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> truth = NewPartners.find(works, settings);
        double precision = 0;
        int evaluated = 0;
        for (String home : homes) {
            Set<String> relevant = truth.getOrDefault(home, Set.of());
            if (relevant.isEmpty()) {
                continue;
            }
            evaluated++;
            HomeContext context = HomeContext.of(index, PartnerQuery.of(Home.institution(home), List.of(), settings.k())
                    .with(CandidateFilter.all().excludingCurrentPartners()));
            Map<String, Integer> chance = chances.getOrDefault(home, Map.of());
            List<String> ranked = IntStream.range(0, index.candidateCount()).filter(context::eligible).boxed()
                    .sorted(Comparator.<Integer>comparingInt(c -> -chance.getOrDefault(index.candidate(c).id(), 0))
                            .thenComparing(c -> -index.totalP(c)))
                    .limit(settings.k()).map(c -> index.candidate(c).id()).toList();
            precision += RankingMetrics.precision(ranked, relevant, settings.k());
        }
        System.out.printf("%d works, seed %d: ceiling precision@%d %.4f over %d homes (%d replicates)%n", count, seed,
                settings.k(), precision / evaluated, evaluated, replicates);
    }

    /** The homes of {@code Backtesting}, drawn the same way. */
    private static List<String> homes(PartnerIndex index, BacktestSettings settings) {
        List<String> eligible = new ArrayList<>();
        for (int c = 0; c < index.candidateCount(); c++) {
            if (index.totalP(c) >= settings.minHomeOutput()) {
                eligible.add(index.candidate(c).id());
            }
        }
        eligible.sort(Comparator.naturalOrder());
        Collections.shuffle(eligible, new Random(settings.seed()));
        return eligible.subList(0, Math.min(settings.maxHomes(), eligible.size()));
    }

    /** The index of the generator's first work published after {@code year}. */
    private static long firstWorkAfter(int year, GeneratorSettings generator) {
        long i = 0;
        while (i < generator.works() && SyntheticWorks.yearOf(i, generator) <= year) {
            i++;
        }
        return i;
    }
}
