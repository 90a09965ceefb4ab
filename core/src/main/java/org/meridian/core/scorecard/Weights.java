package org.meridian.core.scorecard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Relative weights of a two-level tree (OECD/JRC Handbook 2008, step 6). An indicator's weight counts relative to
 * the other indicators of its pillar, a pillar's weight relative to the other pillars; both levels are renormalised
 * to sum to 1 where they are used, so {@code 1, 1, 1} and {@code 2, 2, 2} are the same weighting. The effective
 * weight of an indicator in the composite is {@code pillar share x share within pillar}. Weights must be finite and
 * non-negative; a weight of 0 leaves the indicator or pillar out.
 *
 * @param pillars    relative weight per pillar id
 * @param indicators relative weight per indicator id (within its pillar)
 */
public record Weights(Map<String, Double> pillars, Map<String, Double> indicators) {

    public Weights {
        pillars = Map.copyOf(pillars);
        indicators = Map.copyOf(indicators);
        pillars.forEach(Weights::requireValid);
        indicators.forEach(Weights::requireValid);
    }

    /** Equal weights: every pillar counts the same, and every indicator the same within its pillar. */
    public static Weights equal(IndicatorTree tree) {
        Map<String, Double> pillars = new LinkedHashMap<>();
        Map<String, Double> indicators = new LinkedHashMap<>();
        for (Pillar pillar : tree.pillars()) {
            pillars.put(pillar.id(), 1.0);
            pillar.indicators().forEach(indicator -> indicators.put(indicator.id(), 1.0));
        }
        return new Weights(pillars, indicators);
    }

    public Weights withPillar(String pillarId, double weight) {
        Map<String, Double> changed = new LinkedHashMap<>(pillars);
        changed.put(pillarId, weight);
        return new Weights(changed, indicators);
    }

    public Weights withIndicator(String indicatorId, double weight) {
        Map<String, Double> changed = new LinkedHashMap<>(indicators);
        changed.put(indicatorId, weight);
        return new Weights(pillars, changed);
    }

    /** The relative weight of a pillar; an error if it has none. */
    public double pillar(String pillarId) {
        return require(pillars, pillarId);
    }

    /** The relative weight of an indicator within its pillar; an error if it has none. */
    public double indicator(String indicatorId) {
        return require(indicators, indicatorId);
    }

    /** Effective weights of the tree's indicators in the composite (sum 1 unless all weights are 0). */
    public Map<String, Double> effective(IndicatorTree tree) {
        double pillarTotal = tree.pillars().stream().mapToDouble(pillar -> pillar(pillar.id())).sum();
        Map<String, Double> effective = new LinkedHashMap<>();
        for (Pillar pillar : tree.pillars()) {
            double within = pillar.indicators().stream().mapToDouble(indicator -> indicator(indicator.id())).sum();
            for (Indicator indicator : pillar.indicators()) {
                double share = pillarTotal == 0 || within == 0 ? 0
                        : pillar(pillar.id()) / pillarTotal * indicator(indicator.id()) / within;
                effective.put(indicator.id(), share);
            }
        }
        return effective;
    }

    private static double require(Map<String, Double> weights, String id) {
        Double weight = weights.get(id);
        if (weight == null) {
            throw new IllegalArgumentException("no weight for " + id);
        }
        return weight;
    }

    private static void requireValid(String id, Double weight) {
        if (weight == null || !Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight of " + id + " must be finite and non-negative: " + weight);
        }
    }
}
