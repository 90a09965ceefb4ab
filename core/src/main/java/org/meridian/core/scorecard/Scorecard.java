package org.meridian.core.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a composite indicator over a peer set: missing-value policy, normalisation, weighting, aggregation into
 * pillar scores and the composite, and ranks (OECD/JRC Handbook 2008, steps 3 to 6). Pure: the same inputs give
 * the same result.
 */
public final class Scorecard {

    private Scorecard() {
    }

    public static ScorecardResult compute(IndicatorTree tree, IndicatorTable table, Weights weights,
            ScorecardSettings settings) {
        PeerMatrix matrix = PeerMatrix.prepare(tree, table, settings.missingValues());
        IndicatorTree used = matrix.tree;
        int pillars = used.pillars().size();
        double[] composite = new double[matrix.unitCount];
        double[] pillarScores = new double[matrix.unitCount * pillars];
        CompositeKernel.aggregate(matrix, matrix.values(settings.normalisation(), settings.aggregation()),
                indicatorWeights(used, weights), pillarWeights(used, weights), composite, pillarScores);
        boolean geometric = settings.aggregation() == Aggregation.GEOMETRIC;
        if (geometric) {
            for (int u = 0; u < composite.length; u++) {
                composite[u] = Math.exp(composite[u]);
            }
        }
        double[] ranks = Ranking.fractional(composite);
        List<Indicator> indicators = used.indicators();
        double[] normalised = matrix.normalised[settings.normalisation().ordinal()];
        List<UnitScore> scores = new ArrayList<>();
        for (int u = 0; u < matrix.unitCount; u++) {
            Map<String, Double> byPillar = new LinkedHashMap<>();
            for (int p = 0; p < pillars; p++) {
                double score = pillarScores[u * pillars + p];
                byPillar.put(used.pillars().get(p).id(), geometric ? Math.exp(score) : score);
            }
            Map<String, Double> byIndicator = new LinkedHashMap<>();
            int observed = 0;
            for (int i = 0; i < indicators.size(); i++) {
                byIndicator.put(indicators.get(i).id(), normalised[u * matrix.indicatorCount + i]);
                observed += matrix.observed[u * matrix.indicatorCount + i] ? 1 : 0;
            }
            scores.add(new UnitScore(matrix.units.get(u), composite[u], ranks[u], byPillar, byIndicator, observed));
        }
        scores.sort(Comparator.comparingDouble((UnitScore score) -> Double.isNaN(score.rank()) ? Double.MAX_VALUE
                : score.rank()).thenComparing(UnitScore::unit));
        return new ScorecardResult(used, weights, settings, scores, matrix.droppedIndicators, matrix.excludedUnits);
    }

    /** Relative within-pillar weight of each indicator of the tree, in tree order. */
    static double[] indicatorWeights(IndicatorTree tree, Weights weights) {
        return tree.indicators().stream().mapToDouble(indicator -> weights.indicator(indicator.id())).toArray();
    }

    /** Relative weight of each pillar of the tree, in tree order. */
    static double[] pillarWeights(IndicatorTree tree, Weights weights) {
        return tree.pillars().stream().mapToDouble(pillar -> weights.pillar(pillar.id())).toArray();
    }
}
