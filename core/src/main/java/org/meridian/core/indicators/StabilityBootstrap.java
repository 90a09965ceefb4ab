package org.meridian.core.indicators;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Stability intervals for one unit's cells (see {@link Bootstrap}): gathers each cell's postings, resamples
 * them with replacement and reads the 2.5th and 97.5th percentiles of every indicator. One instance per thread.
 */
final class StabilityBootstrap {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final Bootstrap settings;
    private final int[] cellOffset;
    private final int[] cellFill;
    private int[] positions = new int[1024];
    private final double[][] samples;
    private double[] weights = new double[0];
    private double[] collabWeights;
    private double[] intCollabWeights;
    private double[] industryWeights;
    private double[] weightedCitations;
    private double[] weightedScores;
    private double[] weightedShares;

    StabilityBootstrap(Bootstrap settings, int cellCount) {
        this.settings = settings;
        this.cellOffset = new int[cellCount];
        this.cellFill = new int[cellCount];
        this.samples = new double[StabilityIntervals.INDICATORS.size()][settings.samples()];
    }

    /** Sorts the unit's counted postings by cell, in the cells' order. */
    void collect(UnitAggregation aggregation, int unit, int[] cells, CellTotals totals) {
        int offset = 0;
        for (int cell : cells) {
            cellOffset[cell] = offset;
            cellFill[cell] = 0;
            offset += totals.works[cell];
        }
        if (positions.length < offset) {
            positions = new int[Math.max(offset, positions.length * 2)];
        }
        Postings postings = aggregation.units.postings;
        for (int k = postings.start[unit]; k < postings.start[unit + 1]; k++) {
            int cell = aggregation.cellOf(postings.work[k]);
            if (cell >= 0) {
                positions[cellOffset[cell] + cellFill[cell]++] = k;
            }
        }
    }

    StabilityIntervals intervals(UnitAggregation aggregation, int cell, String unitId, String fieldId,
            int periodFrom, int periodTo) {
        int count = gather(aggregation, cell);
        SplittableRandom random = new SplittableRandom(seed(aggregation.query, unitId, fieldId, periodFrom, periodTo));
        for (int s = 0; s < settings.samples(); s++) {
            double p = 0;
            double collab = 0;
            double intCollab = 0;
            double industry = 0;
            double tcs = 0;
            double tncs = 0;
            double top = 0;
            for (int i = 0; i < count; i++) {
                int drawn = random.nextInt(count);
                double weight = weights[drawn];
                p += weight;
                collab += collabWeights[drawn];
                intCollab += intCollabWeights[drawn];
                industry += industryWeights[drawn];
                tcs += weightedCitations[drawn];
                tncs += weightedScores[drawn];
                top += weightedShares[drawn];
            }
            samples[0][s] = collab / p;
            samples[1][s] = intCollab / p;
            samples[2][s] = industry / p;
            samples[3][s] = tcs / p;
            samples[4][s] = tncs / p;
            samples[5][s] = top;
            samples[6][s] = top / p;
        }
        return new StabilityIntervals(interval(samples[0]), interval(samples[1]), interval(samples[2]),
                interval(samples[3]), interval(samples[4]), interval(samples[5]), interval(samples[6]));
    }

    /** Copies the weighted values of the cell's works side by side, so that draws stay in cache. */
    private int gather(UnitAggregation aggregation, int cell) {
        int count = cellFill[cell];
        if (weights.length < count) {
            int capacity = Math.max(count, weights.length * 2);
            weights = new double[capacity];
            collabWeights = new double[capacity];
            intCollabWeights = new double[capacity];
            industryWeights = new double[capacity];
            weightedCitations = new double[capacity];
            weightedScores = new double[capacity];
            weightedShares = new double[capacity];
        }
        Postings postings = aggregation.units.postings;
        for (int i = 0; i < count; i++) {
            int k = positions[cellOffset[cell] + i];
            int w = postings.work[k];
            double weight = aggregation.weight(postings, k);
            weights[i] = weight;
            collabWeights[i] = aggregation.isCollab(w) ? weight : 0;
            intCollabWeights[i] = aggregation.isIntCollab(w) ? weight : 0;
            industryWeights[i] = aggregation.isIndustry(w) ? weight : 0;
            weightedCitations[i] = weight * aggregation.citations(w);
            weightedScores[i] = weight * aggregation.ncs(w);
            weightedShares[i] = weight * aggregation.topShare(w);
        }
        return count;
    }

    /** Nearest-rank 2.5th and 97.5th percentiles; sorts the values in place. */
    static Interval interval(double[] values) {
        Arrays.sort(values);
        int lower = (int) Math.ceil(0.025 * values.length) - 1;
        int upper = (int) Math.ceil(0.975 * values.length) - 1;
        return new Interval(values[Math.max(0, lower)], values[Math.max(0, upper)]);
    }

    private static long seed(IndicatorQuery query, String unitId, String fieldId, int periodFrom, int periodTo) {
        long seed = query.bootstrap().seed();
        seed = seed * MIX + query.unitType().ordinal();
        seed = seed * MIX + unitId.hashCode();
        seed = seed * MIX + fieldId.hashCode();
        seed = seed * MIX + periodFrom;
        seed = seed * MIX + periodTo;
        return seed * MIX + query.counting().ordinal();
    }
}
