package org.meridian.core.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw indicator values of a peer set: one row per unit (institution or country), one column per indicator id,
 * {@code NaN} where a value is missing. Immutable.
 */
public final class IndicatorTable {

    private final List<String> units;
    private final List<String> indicatorIds;
    private final double[][] values;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();

    /** @param values {@code values[unit][indicator]} in the order of the two lists; {@code NaN} = missing */
    public IndicatorTable(List<String> units, List<String> indicatorIds, double[][] values) {
        this.units = List.copyOf(units);
        this.indicatorIds = List.copyOf(indicatorIds);
        if (values.length != units.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + units.size() + " units");
        }
        this.values = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            if (values[u].length != indicatorIds.size()) {
                throw new IllegalArgumentException("row " + units.get(u) + " has " + values[u].length + " values");
            }
            this.values[u] = values[u].clone();
            if (unitIndex.put(units.get(u), u) != null) {
                throw new IllegalArgumentException("duplicate unit " + units.get(u));
            }
        }
        for (int i = 0; i < indicatorIds.size(); i++) {
            if (indicatorIndex.put(indicatorIds.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate indicator " + indicatorIds.get(i));
            }
        }
    }

    /** A table from one map of indicator values per unit (absent keys are missing values). */
    public static IndicatorTable of(List<String> indicatorIds, Map<String, Map<String, Double>> valuesByUnit) {
        List<String> units = new ArrayList<>(valuesByUnit.keySet());
        double[][] values = new double[units.size()][indicatorIds.size()];
        for (int u = 0; u < units.size(); u++) {
            Map<String, Double> row = valuesByUnit.get(units.get(u));
            for (int i = 0; i < indicatorIds.size(); i++) {
                Double value = row.get(indicatorIds.get(i));
                values[u][i] = value == null ? Double.NaN : value;
            }
        }
        return new IndicatorTable(units, indicatorIds, values);
    }

    public List<String> units() {
        return units;
    }

    public List<String> indicatorIds() {
        return indicatorIds;
    }

    public boolean hasIndicator(String indicatorId) {
        return indicatorIndex.containsKey(indicatorId);
    }

    /** The raw value, {@code NaN} when missing or when the table has no such unit or indicator column. */
    public double value(String unit, String indicatorId) {
        Integer u = unitIndex.get(unit);
        Integer i = indicatorIndex.get(indicatorId);
        return u == null || i == null ? Double.NaN : values[u][i];
    }

    /** A copy of one indicator's column in unit order; all {@code NaN} if the table has no such column. */
    public double[] column(String indicatorId) {
        double[] column = new double[units.size()];
        Integer i = indicatorIndex.get(indicatorId);
        for (int u = 0; u < units.size(); u++) {
            column[u] = i == null ? Double.NaN : values[u][i];
        }
        return column;
    }

    /** The same table restricted to the given units, in the given order. */
    public IndicatorTable withUnits(List<String> kept) {
        double[][] rows = new double[kept.size()][];
        for (int u = 0; u < kept.size(); u++) {
            rows[u] = values[unitIndex.get(kept.get(u))];
        }
        return new IndicatorTable(kept, indicatorIds, rows);
    }

    @Override
    public String toString() {
        return "IndicatorTable" + units + " x " + indicatorIds + " " + Arrays.deepToString(values);
    }
}
