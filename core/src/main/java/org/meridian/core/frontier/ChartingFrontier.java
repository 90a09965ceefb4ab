package org.meridian.core.frontier;

import static org.meridian.core.landscape.ReasonNumbers.fixed;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.YearRange;

/** Scores the emergence of every item of a level from the world's output; see {@link Emergence}. */
public final class ChartingFrontier {

    private ChartingFrontier() {
    }

    public static Frontier chart(Landscape landscape, FrontierSettings settings) {
        FieldLevel level = settings.itemLevel();
        YearRange period = settings.period();
        List<String> ids = landscape.taxonomy().ids(level);
        double[][] pByYear = new double[period.length()][];
        double[] worldByYear = new double[period.length()];
        for (int year = period.from(); year <= period.to(); year++) {
            FieldOutputs outputs = landscape.world(level, YearRange.year(year));
            double[] p = new double[ids.size()];
            for (int f = 0; f < p.length; f++) {
                p[f] = outputs.p(f);
                worldByYear[year - period.from()] += p[f];
            }
            pByYear[year - period.from()] = p;
        }
        FieldOutputs recent = landscape.world(level, period.last(settings.recentYears()));
        Growth world = Growth.of(worldByYear, period);

        int n = ids.size();
        Growth[] growth = new Growth[n];
        double[] volume = new double[n];
        for (int f = 0; f < n; f++) {
            double[] series = new double[period.length()];
            for (int y = 0; y < series.length; y++) {
                series[y] = pByYear[y][f];
                volume[f] += series[y];
            }
            growth[f] = Growth.of(series, period);
        }
        boolean[] eligible = new boolean[n];
        List<Integer> cohort = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            eligible[f] = volume[f] > 0 && volume[f] >= settings.minVolume();
            if (eligible[f]) {
                cohort.add(f);
            }
        }
        double[] growthValues = cohort.stream().mapToDouble(f -> growth[f].cagr()).toArray();
        double[] impactValues = cohort.stream().mapToDouble(f -> recent.get(f).ppTop10()).toArray();

        List<Emergence> items = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            if (volume[f] == 0) {
                continue;
            }
            double recentP = recent.get(f).p();
            double recentTop = recent.get(f).pTop10();
            double growthPercentile = eligible[f] ? percentile(growthValues, growth[f].cagr()) : 0;
            double impactPercentile = eligible[f] ? percentile(impactValues, recent.get(f).ppTop10()) : 0;
            double score = eligible[f] ? Math.sqrt(growthPercentile * impactPercentile) : 0;
            List<String> arguments = reasonArguments(settings, growth[f], world, volume[f], recentP, recentTop,
                    eligible[f], growthPercentile, impactPercentile, score);
            String pattern = eligible[f] ? SCORED : NOT_SCORED;
            items.add(new Emergence(ids.get(f), level, volume[f], growth[f].firstYear(), period.to(), growth[f].first(),
                    growth[f].last(), growth[f].cagr(), world.cagr(), recentP, recentTop, eligible[f], growthPercentile,
                    impactPercentile, score, MessageFormat.format(pattern, arguments.toArray()),
                    eligible[f] ? "frontier.reason.scored" : "frontier.reason.notScored", arguments));
        }
        return new Frontier(settings, landscape.taxonomy(), items);
    }

    /** Mid-rank percentile of {@code value} among {@code cohort}: (lower + (equal − 1)/2) / (n − 1); 1 alone. */
    static double percentile(double[] cohort, double value) {
        if (cohort.length == 1) {
            return 1;
        }
        long lower = Arrays.stream(cohort).filter(v -> v < value).count();
        long equal = Arrays.stream(cohort).filter(v -> v == value).count();
        return (lower + (equal - 1) / 2.0) / (cohort.length - 1);
    }

    /** The reasons' English text (MessageFormat); the application's bundles hold the same codes in each language. */
    private static final String NUMBERS = "{0} works {1}; {2}%/yr from {3} to {4} ({5} -> {6}; all fields {7}%/yr); {8}% of "
            + "its {9} works in the top 10% ({10}x the world''s 10%)";
    private static final String SCORED = NUMBERS + "; score = sqrt(growth percentile {11} x impact percentile {12}) = {13}";
    private static final String NOT_SCORED = NUMBERS + "; not scored: fewer than {11} works";

    private static List<String> reasonArguments(FrontierSettings settings, Growth growth, Growth world, double volume,
            double recentP, double recentTop, boolean eligible, double growthPercentile, double impactPercentile,
            double score) {
        YearRange recentYears = settings.period().last(settings.recentYears());
        double pp = recentP > 0 ? recentTop / recentP : 0;
        List<String> arguments = new ArrayList<>(List.of(fixed(volume, 0), String.valueOf(settings.period()),
                fixed(100 * growth.cagr(), 1), String.valueOf(growth.firstYear()), String.valueOf(settings.period().to()),
                fixed(growth.first(), 0), fixed(growth.last(), 0), fixed(100 * world.cagr(), 1),
                fixed(100 * pp, 1), String.valueOf(recentYears), fixed(pp / 0.1, 2)));
        if (eligible) {
            arguments.addAll(List.of(fixed(growthPercentile, 2), fixed(impactPercentile, 2), fixed(score, 2)));
        } else {
            arguments.add(fixed(settings.minVolume(), 0));
        }
        return arguments;
    }
}
