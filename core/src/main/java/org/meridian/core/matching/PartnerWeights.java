package org.meridian.core.matching;

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
 * Defaults: strength 0.10, complementarity 0.05, feasibility 0.85, diversity 0.05; feasibility parts: common
 * ground 0.35, proximity 0.35, and the links: co-publications 0.08, shared partners 0.15, agreements 0.04,
 * mobility 0.02, openness 0.01. Feasibility weighs most because a partnership that is not feasible does not
 * happen: in the backtest ({@code org.meridian.core.backtest}), whether two institutions start to co-publish
 * follows common ground, proximity and shared partners far more than strength in the home's target fields.
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

    public static PartnerWeights defaults() {
        return new PartnerWeights(0.10, 0.05, 0.85, 0.05, 0.35, 0.08, 0.15, 0.35, 0.04, 0.02, 0.01);
    }

    /** Only strength in the target fields counts: no complementarity, feasibility or diversity. */
    public static PartnerWeights strengthOnly() {
        return new PartnerWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
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
