package org.meridian.core.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Uncertainty and sensitivity analysis of a scorecard's ranks (OECD/JRC Handbook 2008, step 7), by Monte Carlo:
 * <ol>
 * <li><b>Draws.</b> From {@code new Random(seed)}, each draw perturbs the indicator shares within every pillar and
 * then the pillar shares ({@link WeightPerturbation}), picks a normalisation and an aggregation uniformly from the
 * allowed sets, aggregates and ranks all units ({@link Ranking}). The missing-value policy is the nominal one.</li>
 * <li><b>Rank intervals.</b> Per unit, the median and the 5th and 95th percentiles of its rank over the draws
 * (linear interpolation between order statistics, Hyndman–Fan type 7).</li>
 * <li><b>Drivers.</b> Per unit and factor, the first-order sensitivity index of the unit's rank
 * ({@link FirstOrderSensitivity}). The factors are each indicator's effective weight in the draw (pillar share x
 * share within pillar), the normalisation and the aggregation. The weights of one pillar are not independent
 * (they sum to 1), so an indicator's index also carries what the other weights of its pillar do in step.</li>
 * <li><b>Removal.</b> Per unit and indicator, the nominal rank without the indicator (its pillar's other weights
 * renormalised) minus the nominal rank with it.</li>
 * </ol>
 * Everything is deterministic given the seed: the random inputs of all draws are taken in sequence first, then the
 * draws and the per-unit summaries are computed in parallel (common fork-join pool), which cannot change a result.
 */
public final class UncertaintyAnalysis {

    /** Factor name of the normalisation choice. */
    public static final String NORMALISATION = "normalisation";
    /** Factor name of the aggregation choice. */
    public static final String AGGREGATION = "aggregation";

    private UncertaintyAnalysis() {
    }

    public static UncertaintyResult run(IndicatorTree tree, IndicatorTable table, Weights nominalWeights,
            ScorecardSettings nominal, UncertaintySettings settings) {
        PeerMatrix matrix = PeerMatrix.prepare(tree, table, nominal.missingValues());
        IndicatorTree used = matrix.tree;
        double[] withinNominal = Scorecard.indicatorWeights(used, nominalWeights);
        double[] pillarNominal = shares(Scorecard.pillarWeights(used, nominalWeights));
        for (int p = 0; p < used.pillars().size(); p++) {
            double[] shares = shares(Arrays.copyOfRange(withinNominal, matrix.pillarStart[p], matrix.pillarStart[p + 1]));
            System.arraycopy(shares, 0, withinNominal, matrix.pillarStart[p], shares.length);
        }
        Normalisation[] normalisations = EnumSet.copyOf(settings.normalisations()).toArray(Normalisation[]::new);
        Aggregation[] aggregations = EnumSet.copyOf(settings.aggregations()).toArray(Aggregation[]::new);
        Draws draws = Draws.take(matrix, withinNominal, pillarNominal, normalisations.length, aggregations.length,
                settings);
        float[][] ranks = rankDraws(matrix, draws, normalisations, aggregations);

        int indicators = matrix.indicatorCount;
        List<String> factors = new ArrayList<>();
        List<FirstOrderSensitivity.Grouping> groupings = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            factors.add(used.indicators().get(i).id());
            groupings.add(FirstOrderSensitivity.bins(draws.effectiveWeights(i, matrix)));
        }
        factors.add(NORMALISATION);
        groupings.add(FirstOrderSensitivity.levels(draws.normalisation(), normalisations.length));
        factors.add(AGGREGATION);
        groupings.add(FirstOrderSensitivity.levels(draws.aggregation(), aggregations.length));

        double[] nominalRanks = nominalRanks(matrix, nominal, withinNominal, pillarNominal, -1);
        double[][] withoutRanks = new double[indicators][];
        for (int i = 0; i < indicators; i++) {
            withoutRanks[i] = nominalRanks(matrix, nominal, withinNominal, pillarNominal, i);
        }
        RankInterval[] intervals = new RankInterval[matrix.unitCount];
        IntStream.range(0, matrix.unitCount).parallel().forEach(u -> {
            Map<String, Double> indices = new LinkedHashMap<>();
            for (int f = 0; f < factors.size(); f++) {
                indices.put(factors.get(f), FirstOrderSensitivity.index(ranks[u], groupings.get(f)));
            }
            Map<String, Double> removal = new LinkedHashMap<>();
            for (int i = 0; i < indicators; i++) {
                removal.put(factors.get(i), withoutRanks[i][u] - nominalRanks[u]);
            }
            float[] sorted = ranks[u].clone();
            Arrays.sort(sorted);
            intervals[u] = new RankInterval(matrix.units.get(u), nominalRanks[u], quantile(sorted, 0.5),
                    quantile(sorted, 0.05), quantile(sorted, 0.95), indices, removal);
        });
        List<RankInterval> ordered = new ArrayList<>(Arrays.asList(intervals));
        ordered.sort((a, b) -> Double.compare(orderKey(a.nominalRank()), orderKey(b.nominalRank())));
        return new UncertaintyResult(settings, nominal, factors, ordered, matrix.droppedIndicators,
                matrix.excludedUnits);
    }

    /**
     * The random inputs of every draw, taken in sequence from one {@code Random(seed)} before any draw is computed,
     * so that computing the draws in parallel cannot change the result.
     *
     * @param within        per draw, the indicator shares within their pillars
     * @param pillars       per draw, the pillar shares
     * @param normalisation per draw, the index of the normalisation chosen
     * @param aggregation   per draw, the index of the aggregation chosen
     */
    private record Draws(double[][] within, double[][] pillars, int[] normalisation, int[] aggregation) {

        static Draws take(PeerMatrix matrix, double[] withinNominal, double[] pillarNominal, int normalisationCount,
                int aggregationCount, UncertaintySettings settings) {
            int count = settings.draws();
            Draws draws = new Draws(new double[count][matrix.indicatorCount], new double[count][],
                    new int[count], new int[count]);
            Random random = new Random(settings.seed());
            for (int d = 0; d < count; d++) {
                for (int p = 0; p < pillarNominal.length; p++) {
                    int from = matrix.pillarStart[p];
                    int to = matrix.pillarStart[p + 1];
                    double[] drawn = settings.weights().draw(Arrays.copyOfRange(withinNominal, from, to), random);
                    System.arraycopy(drawn, 0, draws.within[d], from, drawn.length);
                }
                draws.pillars[d] = settings.weights().draw(pillarNominal, random);
                draws.normalisation[d] = random.nextInt(normalisationCount);
                draws.aggregation[d] = random.nextInt(aggregationCount);
            }
            return draws;
        }

        /** The effective weight (pillar share x share within pillar) of one indicator in every draw. */
        double[] effectiveWeights(int indicator, PeerMatrix matrix) {
            int pillar = 0;
            while (matrix.pillarStart[pillar + 1] <= indicator) {
                pillar++;
            }
            double[] effective = new double[within.length];
            for (int d = 0; d < within.length; d++) {
                effective[d] = pillars[d][pillar] * within[d][indicator];
            }
            return effective;
        }
    }

    /** Ranks of every unit in every draw, {@code [unit][draw]}; draws are computed in parallel chunks. */
    private static float[][] rankDraws(PeerMatrix matrix, Draws draws, Normalisation[] normalisations,
            Aggregation[] aggregations) {
        int units = matrix.unitCount;
        int count = draws.within().length;
        float[][] ranks = new float[units][count];
        int chunks = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors() * 4));
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] composite = new double[units];
            double[] scratch = new double[units];
            double[] rank = new double[units];
            for (int d = chunk * count / chunks; d < (chunk + 1) * count / chunks; d++) {
                CompositeKernel.aggregate(matrix, matrix.values(normalisations[draws.normalisation()[d]],
                        aggregations[draws.aggregation()[d]]), draws.within()[d], draws.pillars()[d], composite, null);
                Ranking.fractional(composite, scratch, rank);
                for (int u = 0; u < units; u++) {
                    ranks[u][d] = (float) rank[u];
                }
            }
        });
        return ranks;
    }

    /** Quantile of sorted values, Hyndman–Fan type 7; {@code NaN} if the values are undefined. */
    static double quantile(float[] sorted, double probability) {
        if (sorted.length == 0 || Float.isNaN(sorted[0])) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * probability;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static double[] nominalRanks(PeerMatrix matrix, ScorecardSettings nominal, double[] within,
            double[] pillars, int removed) {
        double[] weights = within.clone();
        if (removed >= 0) {
            weights[removed] = 0;
        }
        double[] composite = new double[matrix.unitCount];
        CompositeKernel.aggregate(matrix, matrix.values(nominal.normalisation(), nominal.aggregation()), weights,
                pillars, composite, null);
        return Ranking.fractional(composite);
    }

    private static double[] shares(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        return Arrays.stream(weights).map(weight -> sum > 0 ? weight / sum : 0).toArray();
    }

    private static double orderKey(double rank) {
        return Double.isNaN(rank) ? Double.MAX_VALUE : rank;
    }
}
