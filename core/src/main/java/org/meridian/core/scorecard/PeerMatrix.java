package org.meridian.core.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A peer set ready for aggregation: indicators without any observed value dropped, the missing-value policy
 * applied, and every indicator normalised both ways and shifted and logged for geometric aggregation. Values are
 * kept unit-major ({@code u * indicatorCount + i}) with the indicators of one pillar side by side, so that the
 * Monte Carlo loop touches contiguous memory. Package-private: the phases of {@link Scorecard} and
 * {@link UncertaintyAnalysis}.
 */
final class PeerMatrix {

    final IndicatorTree tree;
    final List<String> units;
    final List<String> droppedIndicators;
    final List<String> excludedUnits;
    final int unitCount;
    final int indicatorCount;
    /** Index of the first indicator of each pillar, plus a final end index. */
    final int[] pillarStart;
    /** Whether the raw value was observed, unit-major. */
    final boolean[] observed;
    /** Normalised values per {@link Normalisation#ordinal()}, unit-major; {@code NaN} for a value left missing. */
    final double[][] normalised;
    /** Natural logs of the positively shifted normalised values per {@link Normalisation#ordinal()}. */
    final double[][] logShifted;

    private PeerMatrix(IndicatorTree tree, List<String> units, List<String> droppedIndicators,
            List<String> excludedUnits, IndicatorTable table, MissingValues missingValues) {
        this.tree = tree;
        this.units = List.copyOf(units);
        this.droppedIndicators = List.copyOf(droppedIndicators);
        this.excludedUnits = List.copyOf(excludedUnits);
        this.unitCount = units.size();
        List<Indicator> indicators = tree.indicators();
        this.indicatorCount = indicators.size();
        this.pillarStart = new int[tree.pillars().size() + 1];
        for (int p = 0, start = 0; p < tree.pillars().size(); p++) {
            pillarStart[p] = start;
            start += tree.pillars().get(p).indicators().size();
            pillarStart[p + 1] = start;
        }
        this.observed = new boolean[unitCount * indicatorCount];
        this.normalised = new double[Normalisation.values().length][unitCount * indicatorCount];
        this.logShifted = new double[Normalisation.values().length][unitCount * indicatorCount];
        for (int i = 0; i < indicatorCount; i++) {
            Indicator indicator = indicators.get(i);
            double[] raw = table.column(indicator.id());
            for (int u = 0; u < unitCount; u++) {
                observed[u * indicatorCount + i] = !Double.isNaN(raw[u]);
            }
            for (Normalisation normalisation : Normalisation.values()) {
                double[] column = normalisation.apply(raw, indicator.direction());
                if (missingValues == MissingValues.PEER_MEAN) {
                    imputeMean(column);
                }
                double[] shifted = Aggregation.positiveShift(column);
                for (int u = 0; u < unitCount; u++) {
                    normalised[normalisation.ordinal()][u * indicatorCount + i] = column[u];
                    logShifted[normalisation.ordinal()][u * indicatorCount + i] = Math.log(shifted[u]);
                }
            }
        }
    }

    /**
     * Applies the missing-value policy: drops indicators the tree has but no unit observes, drops units that
     * observe none of the remaining indicators, and under {@link MissingValues#EXCLUDE_UNIT} drops units missing any.
     */
    static PeerMatrix prepare(IndicatorTree tree, IndicatorTable table, MissingValues missingValues) {
        Set<String> kept = new LinkedHashSet<>();
        List<String> dropped = new ArrayList<>();
        for (Indicator indicator : tree.indicators()) {
            boolean anyObserved = false;
            for (double value : table.column(indicator.id())) {
                anyObserved |= !Double.isNaN(value);
            }
            if (anyObserved) {
                kept.add(indicator.id());
            } else {
                dropped.add(indicator.id());
            }
        }
        IndicatorTree used = tree.restrictedTo(kept);
        List<String> units = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String unit : table.units()) {
            int observedCount = 0;
            for (String indicatorId : kept) {
                observedCount += Double.isNaN(table.value(unit, indicatorId)) ? 0 : 1;
            }
            boolean keep = missingValues == MissingValues.EXCLUDE_UNIT ? observedCount == kept.size() && !kept.isEmpty()
                    : observedCount > 0;
            (keep ? units : excluded).add(unit);
        }
        return new PeerMatrix(used, units, dropped, excluded, table.withUnits(units), missingValues);
    }

    /** The values aggregation works on: normalised for arithmetic, logs of the shifted values for geometric. */
    double[] values(Normalisation normalisation, Aggregation aggregation) {
        return aggregation == Aggregation.ARITHMETIC ? normalised[normalisation.ordinal()]
                : logShifted[normalisation.ordinal()];
    }

    private static void imputeMean(double[] column) {
        double sum = 0;
        int count = 0;
        for (double value : column) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        double mean = sum / count;
        for (int u = 0; u < column.length; u++) {
            if (Double.isNaN(column[u])) {
                column[u] = mean;
            }
        }
    }
}
