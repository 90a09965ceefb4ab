package org.meridian.core.backtest;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.TallySettings;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.matching.PartnerIndexSettings;
import org.meridian.core.matching.PartnerWeights;

/**
 * Options of {@link Backtesting}.
 *
 * @param asOfYear           the last year whose works the recommenders may see
 * @param horizonYears       new co-publications are looked for in the years after, up to as-of + horizon
 * @param featureYears       the recommenders' period: the last years up to as-of (co-publications count since
 *                           the first year)
 * @param k                  recommendations per home
 * @param minHomeOutput      homes are institutions with at least this fractional p in the feature period
 * @param maxHomes           homes drawn (seeded) from those eligible
 * @param seed               for the draw of homes and the random baseline
 * @param tally              how works are read (its finest level is also the frontier's item level)
 * @param level              the field level of gap analysis and partner scoring
 * @param frontierMinVolume  world works an item needs to be scored on the frontier
 * @param weights            Meridian's weights
 * @param index              Meridian's index options (regions, shrinkage)
 */
public record BacktestSettings(int asOfYear, int horizonYears, int featureYears, int k, double minHomeOutput,
        int maxHomes, long seed, TallySettings tally, FieldLevel level, double frontierMinVolume,
        PartnerWeights weights, PartnerIndexSettings index) {

    /** As of {@code asOfYear}: 3 years ahead, 5 years of features, k = 10, homes with p ≥ 10, up to 200 of them. */
    public static BacktestSettings defaults(int asOfYear) {
        return new BacktestSettings(asOfYear, 3, 5, 10, 10, 200, 1, TallySettings.defaults()
                .withFinestLevel(FieldLevel.TOPIC).withAuthors(false), FieldLevel.SUBFIELD, 50,
                PartnerWeights.defaults(), PartnerIndexSettings.defaults());
    }

    public BacktestSettings withIndex(PartnerIndexSettings indexSettings) {
        return new BacktestSettings(asOfYear, horizonYears, featureYears, k, minHomeOutput, maxHomes, seed, tally, level,
                frontierMinVolume, weights, indexSettings);
    }

    public BacktestSettings withHomes(double minOutput, int max) {
        return new BacktestSettings(asOfYear, horizonYears, featureYears, k, minOutput, max, seed, tally, level,
                frontierMinVolume, weights, index);
    }

    public BacktestSettings withWeights(PartnerWeights partnerWeights) {
        return new BacktestSettings(asOfYear, horizonYears, featureYears, k, minHomeOutput, maxHomes, seed, tally, level,
                frontierMinVolume, partnerWeights, index);
    }

    public YearRange featurePeriod() {
        return new YearRange(asOfYear - featureYears + 1, asOfYear);
    }

    public YearRange truthPeriod() {
        return new YearRange(asOfYear + 1, asOfYear + horizonYears);
    }
}
