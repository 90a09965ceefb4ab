package org.meridian.core.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.core.frontier.Growth;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.FieldPair;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.YearRange;

/**
 * The world's side of the intersection class, the same for every home: the pairs of fields with at least
 * {@link GapSettings#intersectionMinWorks()} co-classified works over the period whose works grow faster than
 * either field alone. Worked out once per landscape and settings, so that a gap map only adds the home's side.
 */
public final class WorldIntersections {

    /** A growing pair: its co-classified works and the growth of the pair and of each field. */
    record Pair(FieldPair pair, double works, Growth growth, Growth first, Growth second) {
    }

    private final FieldLevel level;
    private final YearRange period;
    private final double minWorks;
    private final List<Pair> growing;

    private WorldIntersections(FieldLevel level, YearRange period, double minWorks, List<Pair> growing) {
        this.level = level;
        this.period = period;
        this.minWorks = minWorks;
        this.growing = List.copyOf(growing);
    }

    public static WorldIntersections of(Landscape landscape, GapSettings settings) {
        FieldLevel level = settings.level();
        YearRange period = settings.period();
        Map<FieldPair, Double> worldPairs = landscape.worldCoClassified(level, period);
        List<Pair> growing = new ArrayList<>();
        if (worldPairs.isEmpty()) {
            return new WorldIntersections(level, period, settings.intersectionMinWorks(), growing);
        }
        Map<FieldPair, double[]> pairSeries = new HashMap<>();
        double[][] fieldSeries = new double[landscape.taxonomy().size(level)][period.length()];
        for (int year = period.from(); year <= period.to(); year++) {
            int y = year - period.from();
            landscape.worldCoClassified(level, YearRange.year(year))
                    .forEach((pair, works) -> pairSeries.computeIfAbsent(pair, k -> new double[period.length()])[y] = works);
            FieldOutputs yearOutputs = landscape.world(level, YearRange.year(year));
            for (int f = 0; f < fieldSeries.length; f++) {
                fieldSeries[f][y] = yearOutputs.p(f);
            }
        }
        worldPairs.forEach((pair, works) -> {
            if (works < settings.intersectionMinWorks()) {
                return;
            }
            Growth growth = Growth.of(pairSeries.get(pair), period);
            Growth first = Growth.of(fieldSeries[landscape.taxonomy().indexOf(level, pair.first())], period);
            Growth second = Growth.of(fieldSeries[landscape.taxonomy().indexOf(level, pair.second())], period);
            if (growth.cagr() > Math.max(first.cagr(), second.cagr())) {
                growing.add(new Pair(pair, works, growth, first, second));
            }
        });
        return new WorldIntersections(level, period, settings.intersectionMinWorks(), growing);
    }

    /** Whether these were worked out for the level, period and minimum of {@code settings}. */
    boolean fits(GapSettings settings) {
        return level == settings.level() && period.equals(settings.period()) && minWorks == settings.intersectionMinWorks();
    }

    List<Pair> growing() {
        return growing;
    }
}
