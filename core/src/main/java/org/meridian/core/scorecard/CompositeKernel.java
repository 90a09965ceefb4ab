package org.meridian.core.scorecard;

/**
 * The inner loop of aggregation, shared by the nominal scorecard and every Monte Carlo draw. Works on values
 * prepared by {@link PeerMatrix}: normalised values for arithmetic aggregation, logs of shifted values for
 * geometric aggregation (a weighted geometric mean is the exponential of the weighted mean of logs, so both are a
 * weighted mean here, and ranks need no exponential). Missing values ({@code NaN}) are skipped and the remaining
 * weights renormalised, first within each pillar, then over pillars.
 */
final class CompositeKernel {

    private CompositeKernel() {
    }

    /**
     * @param indicatorWeights relative weight per indicator within its pillar (any positive scale)
     * @param pillarWeights    relative weight per pillar
     * @param composite        out: weighted mean per unit, {@code NaN} if no weighted value was observed
     * @param pillarScores     out, may be null: weighted mean per unit and pillar, {@code u * pillars + p}
     */
    static void aggregate(PeerMatrix matrix, double[] values, double[] indicatorWeights, double[] pillarWeights,
            double[] composite, double[] pillarScores) {
        int indicators = matrix.indicatorCount;
        int pillars = pillarWeights.length;
        int[] start = matrix.pillarStart;
        for (int u = 0; u < matrix.unitCount; u++) {
            int row = u * indicators;
            double total = 0;
            double totalWeight = 0;
            for (int p = 0; p < pillars; p++) {
                double sum = 0;
                double weight = 0;
                for (int i = start[p]; i < start[p + 1]; i++) {
                    double value = values[row + i];
                    double w = indicatorWeights[i];
                    if (value == value && w > 0) {
                        sum += w * value;
                        weight += w;
                    }
                }
                double pillarScore = weight > 0 ? sum / weight : Double.NaN;
                if (pillarScores != null) {
                    pillarScores[u * pillars + p] = pillarScore;
                }
                if (weight > 0 && pillarWeights[p] > 0) {
                    total += pillarWeights[p] * pillarScore;
                    totalWeight += pillarWeights[p];
                }
            }
            composite[u] = totalWeight > 0 ? total / totalWeight : Double.NaN;
        }
    }
}
