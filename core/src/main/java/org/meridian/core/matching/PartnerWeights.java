package org.meridian.core.matching;

import java.util.List;

/**
 * Weights of a partner search. Relevance is the weighted geometric mean of strength S, complementarity C and
 * feasibility F (see {@link RecommendingPartners}). F is the weighted geometric mean of common ground G,
 * proximity P and links L — a tie needs shared research, reach and a way in, and none makes up for the
 * absence of another — where L = (1 + {@value RecommendingPartners#LINK_LIFT}·T) / (1 +
 * {@value RecommendingPartners#LINK_LIFT}) and T is the weighted arithmetic mean of the link parts
 * (co-publications, shared partners, agreements, mobility, openness), which can stand in for one another; L
 * weighs the sum of their weights. The diversity re-rank multiplies relevance by 1 − {@code diversity} × the
 * candidate's similarity to those already chosen.
 * <p>
 * Defaults: strength 0.10, complementarity 0.15, feasibility 0.65, diversity 0.05; feasibility parts: common
 * ground 0.40, proximity 0.40, and the links: co-publications 0.05, shared partners 0.45, agreements 0.03,
 * mobility 0.01, openness 0.01. Ranked, these make relevance grow about as common ground × proximity × L^1.4 ×
 * (complementarity + ¼)^0.9, with L led by the paths through shared partners: the gravity model of
 * collaboration (two institutions start to co-publish in proportion to their output in the fields they share
 * over those fields' size, their countries' affinity and how differently they are specialised), and the
 * closing of triangles (they meet through a partner they share). Strength in the target fields then orders the
 * feasible candidates: among equally feasible ones the strongest in the targets comes first. Feasibility weighs
 * most because a partnership that is not feasible does not happen: in the backtest
 * ({@code org.meridian.core.backtest}) on the benchmark generator's works, ranking by strength alone ("most
 * productive in targets") finds less than half as many of the new partners. Complementarity weighs 0.15 rather
 * than more because, above that, the backtest finds fewer new partners (0.25 gives 1.98× the best baseline
 * over six held-out generated worlds where 0.15 gives 2.01×): raise it when filling gaps matters more to a
 * search than the chance that the partnership happens.
 */
public record PartnerWeights(double strength, double complementarity, double feasibility, double diversity,
        double commonGround, double coPublications, double sharedPartners, double proximity, double agreements,
        double mobility, double openness) {

    public PartnerWeights {
        double[] all = {strength, complementarity, feasibility, diversity, commonGround, coPublications, sharedPartners,
                proximity, agreements, mobility, openness};
        for (double weight : all) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weights must be non-negative");
            }
        }
        if (strength + complementarity + feasibility == 0) {
            throw new IllegalArgumentException("strength, complementarity and feasibility cannot all weigh 0");
        }
    }

    /** The weights' names, in the order of the components, as {@link #with(String)} reads them. */
    public static final List<String> NAMES = List.of("strength", "complementarity", "feasibility", "diversity",
            "commonGround", "coPublications", "sharedPartners", "proximity", "agreements", "mobility", "openness");

    public static PartnerWeights defaults() {
        return new PartnerWeights(0.10, 0.15, 0.65, 0.05, 0.40, 0.05, 0.45, 0.40, 0.03, 0.01, 0.01);
    }

    /** Only strength in the target fields counts: no complementarity, feasibility or diversity. */
    public static PartnerWeights strengthOnly() {
        return new PartnerWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * These weights with some changed: {@code name:weight} pairs separated by commas, such as
     * {@code complementarity:0.4,diversity:0.2}, with the {@link #NAMES} and weights of 0 or more; blank changes
     * nothing.
     *
     * @throws IllegalArgumentException saying what is wrong: an unknown name, a weight that is not a number of 0
     *                                  or more, or strength, complementarity and feasibility all at 0
     */
    public PartnerWeights with(String pairs) {
        double[] values = {strength, complementarity, feasibility, diversity, commonGround, coPublications, sharedPartners,
                proximity, agreements, mobility, openness};
        if (pairs == null || pairs.isBlank()) {
            return this;
        }
        for (String pair : pairs.split(",")) {
            String[] parts = pair.split(":", -1);
            int at = NAMES.indexOf(parts[0].trim());
            if (at < 0) {
                throw new IllegalArgumentException("unknown weight '" + parts[0].trim() + "'; the weights are "
                        + String.join(", ", NAMES));
            }
            double weight;
            try {
                weight = parts.length == 2 ? Double.parseDouble(parts[1].trim()) : Double.NaN;
            } catch (NumberFormatException notANumber) {
                weight = Double.NaN;
            }
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("write name:weight pairs with weights of 0 or more, e.g. "
                        + "complementarity:0.4 ('" + pair.trim() + "')");
            }
            values[at] = weight;
        }
        return new PartnerWeights(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                values[8], values[9], values[10]);
    }

    public PartnerWeights withDiversity(double weight) {
        return new PartnerWeights(strength, complementarity, feasibility, weight, commonGround, coPublications,
                sharedPartners, proximity, agreements, mobility, openness);
    }

    /** The weight of the links in feasibility: the sum of its parts' weights. */
    double links() {
        return coPublications + sharedPartners + agreements + mobility + openness;
    }

    double feasibilityPartsTotal() {
        return commonGround + proximity + links();
    }
}
