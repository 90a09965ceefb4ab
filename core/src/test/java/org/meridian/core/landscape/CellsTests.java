package org.meridian.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class CellsTests {

    @Test
    void sumsEveryCellAndSealsEachUnitsCellsInKeyAndYearOrder() {
        Random random = new Random(5);
        int units = 300;
        Cells cells = new Cells(2);
        List<TreeMap<Long, double[]>> expected = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            expected.add(new TreeMap<>());
        }
        for (int i = 0; i < 200_000; i++) {
            int unit = random.nextInt(10) == 0 ? 0 : random.nextInt(units);   // unit 0 is large, like the world
            long key = random.nextInt(5) == 0 ? (long) random.nextInt(1 << 20) << 20 | random.nextInt(4500)
                    : random.nextInt(300);
            int year = 2010 + random.nextInt(12);
            double[] values = { random.nextInt(5), random.nextDouble() };
            cells.add(unit, key, year, values);
            double[] sum = expected.get(unit).computeIfAbsent(Cells.cellKey(key, year), k -> new double[2]);
            sum[0] += values[0];
            sum[1] += values[1];
        }
        cells.seal(units + 1);

        for (int unit = 0; unit <= units; unit++) {
            Map<Long, double[]> wanted = unit < units ? expected.get(unit) : Map.of();
            assertThat(cells.to(unit) - cells.from(unit)).as("unit %d", unit).isEqualTo(wanted.size());
            int row = cells.from(unit);
            for (Map.Entry<Long, double[]> cell : wanted.entrySet()) {
                assertThat(Cells.cellKey(cells.key(row), cells.year(row))).isEqualTo(cell.getKey());
                assertThat(cells.value(row, 0)).isEqualTo(cell.getValue()[0]);
                assertThat(cells.value(row, 1)).isCloseTo(cell.getValue()[1], org.assertj.core.data.Offset.offset(1e-9));
                row++;
            }
        }
    }
}
