package org.meridian.core.scorecard;

import java.util.ArrayList;
import java.util.List;

/** Small indicator trees for tests: {@code tree("A:a1,a2", "B:-b1")}, a leading minus = lower is better. */
final class Trees {

    private Trees() {
    }

    static IndicatorTree tree(String... pillars) {
        List<Pillar> built = new ArrayList<>();
        for (String pillar : pillars) {
            String[] parts = pillar.split(":");
            List<Indicator> indicators = new ArrayList<>();
            for (String name : parts[1].split(",")) {
                boolean lower = name.startsWith("-");
                String id = lower ? name.substring(1) : name;
                indicators.add(new Indicator(id, parts[0], text(id), text(id), "test", lower ? Direction.LOWER_IS_BETTER
                        : Direction.HIGHER_IS_BETTER, "unit"));
            }
            built.add(new Pillar(parts[0], text(parts[0]), text(parts[0]), indicators));
        }
        return new IndicatorTree(built);
    }

    /** Rows of {@code unit, value, value, ...} in the order of the tree's indicators; NaN for missing. */
    static IndicatorTable table(IndicatorTree tree, Object[]... rows) {
        List<String> units = new ArrayList<>();
        double[][] values = new double[rows.length][];
        for (int u = 0; u < rows.length; u++) {
            units.add((String) rows[u][0]);
            values[u] = new double[rows[u].length - 1];
            for (int i = 1; i < rows[u].length; i++) {
                values[u][i - 1] = ((Number) rows[u][i]).doubleValue();
            }
        }
        return new IndicatorTable(units, tree.indicators().stream().map(Indicator::id).toList(), values);
    }

    private static BilingualText text(String value) {
        return new BilingualText(value, value);
    }
}
