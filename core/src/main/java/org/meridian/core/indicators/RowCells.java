package org.meridian.core.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A row's values as output text, column by column, for the CSV and JSON writers: numbers in plain decimal
 * notation (whole numbers without a fraction, never an exponent, otherwise the shortest text that reads back as
 * the same double), null where a value is empty.
 */
final class RowCells {

    private static final Set<String> TEXT_COLUMNS =
            Set.of("unit_type", "unit_id", "unit_name", "field_level", "field_id", "field_name", "counting");

    private RowCells() {
    }

    /** The columns to write: {@link IndicatorRow#COLUMNS}, then interval bounds if any row has intervals. */
    static List<String> columns(List<IndicatorRow> rows) {
        List<String> columns = new ArrayList<>(IndicatorRow.COLUMNS);
        if (rows.stream().anyMatch(row -> row.intervals().isPresent())) {
            for (String indicator : StabilityIntervals.INDICATORS) {
                columns.add(indicator + "_lower");
                columns.add(indicator + "_upper");
            }
        }
        return columns;
    }

    static boolean isText(String column) {
        return TEXT_COLUMNS.contains(column);
    }

    static List<String> values(IndicatorRow row, int columnCount) {
        List<String> values = new ArrayList<>(columnCount);
        values.add(row.unitType().label());
        values.add(row.unitId());
        values.add(row.unitName());
        values.add(row.fieldLevel().label());
        values.add(row.fieldId());
        values.add(row.fieldName());
        values.add(Integer.toString(row.periodFrom()));
        values.add(Integer.toString(row.periodTo()));
        values.add(row.counting().label());
        for (double value : new double[] {row.p(), row.pCollab(), row.ppCollab(), row.pIntCollab(),
                row.ppIntCollab(), row.pIndustry(), row.ppIndustry(), row.tcs(), row.mcs(), row.tncs(), row.mncs(),
                row.pTop10(), row.ppTop10()}) {
            values.add(number(value));
        }
        values.add(row.ppIntCollabLed().isPresent() ? number(row.ppIntCollabLed().getAsDouble()) : null);
        values.add(number(row.activityIndex()));
        if (columnCount > values.size() && row.intervals().isPresent()) {
            for (Interval interval : row.intervals().get().inOrder()) {
                values.add(number(interval.lower()));
                values.add(number(interval.upper()));
            }
        }
        while (values.size() < columnCount) {
            values.add(null);
        }
        return values;
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
