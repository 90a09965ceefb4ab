package org.meridian.core.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.meridian.core.landscape.YearRange;

class GrowthTests {

    @Test
    void growsFromTheFirstYearWithOutput() {
        Growth growth = Growth.of(new double[] {0, 0, 10, 40}, YearRange.of(2017, 2020));

        assertThat(growth.firstYear()).isEqualTo(2019);
        assertThat(growth.cagr()).isCloseTo(3, within(1e-12));
    }

    @Test
    void measuresNoGrowthFromASingleYear() {
        assertThat(Growth.of(new double[] {0, 0, 7}, YearRange.of(2018, 2020)).cagr()).isZero();
    }

    @Test
    void fallsByAllWhenOutputStops() {
        assertThat(Growth.of(new double[] {5, 3, 0}, YearRange.of(2018, 2020)).cagr()).isEqualTo(-1);
    }
}
