package org.meridian.app.insight;

import java.util.List;
import java.util.Map;

/**
 * A scorecard over a peer set with its uncertainty analysis, as the API returns it. Undefined values (missing raw
 * values, no rank) are null.
 *
 * @param peers               {@code countries} or {@code institutions}
 * @param homeUnit            id of the unit the caller looks from (their country or institution), may be null
 * @param variant             name of the saved weighting used, null for equal weights
 * @param droppedIndicators   indicators of the tree no peer has a value for (e.g. publication indicators until the
 *                            store is loaded), left out
 * @param missingValues       how missing values are handled, in words
 * @param excludedUnits       labels of the peers without any indicator value (no rank)
 * @param namesShown          false when the names of other institutions are replaced by "Peer n"
 * @param notes               the peers and other caveats: each note's English {@code text}, its message {@code code}
 *                            ({@code insight.scorecard.note.*}) and the message's {@code arguments}
 */
public record ScorecardReport(String peers, String homeUnit, Settings settings, Uncertainty uncertainty,
        String variant, List<PillarInfo> tree, List<String> droppedIndicators, String missingValues,
        List<String> excludedUnits, boolean namesShown, List<UnitRow> units,
        Map<String, Double> meanFirstOrderIndices, List<InsightNote> notes) {

    public record Settings(String normalisation, String aggregation, String missingValues) {
    }

    /**
     * @param weightPerturbation how the weights vary per draw
     * @param normalisations     the normalisations drawn from with equal probability
     */
    public record Uncertainty(int draws, long seed, String weightPerturbation, List<String> normalisations,
            List<String> aggregations) {
    }

    /** @param weight relative weight of the pillar */
    public record PillarInfo(String id, String nameEn, String nameZh, String definitionEn, String definitionZh,
            double weight, List<IndicatorInfo> indicators) {
    }

    /**
     * @param weight          relative weight within the pillar
     * @param effectiveWeight share in the composite (pillar share x share within pillar) among the indicators used
     * @param used            false when no peer has a value
     */
    public record IndicatorInfo(String id, String nameEn, String nameZh, String definitionEn, String definitionZh,
            String source, String unit, String direction, double weight, Double effectiveWeight, boolean used) {
    }

    /**
     * One peer.
     *
     * @param raw          raw value per indicator used (null = missing)
     * @param normalised   normalised value per indicator used
     * @param lowerRank    5th percentile of the rank over the Monte Carlo draws (the better end)
     * @param upperRank    95th percentile (the worse end)
     * @param drivers      the three factors whose variation moves the rank most (first-order indices)
     * @param removalShifts per indicator: rank without it minus rank with it (positive: the indicator lifts the unit)
     */
    public record UnitRow(String id, String label, boolean home, Double rank, Double composite,
            Map<String, Double> pillarScores, Map<String, Double> raw, Map<String, Double> normalised,
            int observedIndicators, Double medianRank, Double lowerRank, Double upperRank, List<String> drivers,
            Map<String, Double> firstOrderIndices, Map<String, Double> removalShifts) {
    }
}
