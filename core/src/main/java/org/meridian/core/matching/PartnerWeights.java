package org.meridian.core.matching;

/**
 * Weights of a partner search. Relevance is the weighted geometric mean of strength S, complementarity C and
 * feasibility F (see {@link RecommendingPartners}); F is the weighted arithmetic mean of its parts, which can
 * stand in for one another (earlier co-publications or shared partners or proximity all make a tie easier);
 * the diversity re-rank multiplies relevance by 1 − {@code diversity} × the candidate's similarity to those
 * already chosen.
 * <p>
 * Defaults: strength 0.30, complementarity 0.20, feasibility 0.50, diversity 0.10; feasibility parts:
 * co-publications 0.20, shared partners 0.30, proximity 0.30, agreements 0.10, mobility 0.05, openness 0.05.
 * Feasibility weighs most because a partnership that is not feasible does not happen; within it, shared
 * partners and proximity carry most because they also speak for institutions the home has never worked with.
 */
public record PartnerWeights(double strength, double complementarity, double feasibility, double diversity,
        double coPublications, double sharedPartners, double proximity, double agreements, double mobility,
        double openness) {

    public PartnerWeights {
        double[] all = {strength, complementarity, feasibility, diversity, coPublications, sharedPartners, proximity,
                agreements, mobility, openness};
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
        return new PartnerWeights(0.30, 0.20, 0.50, 0.10, 0.20, 0.30, 0.30, 0.10, 0.05, 0.05);
    }

    /** Only strength in the target fields counts: no complementarity, feasibility or diversity. */
    public static PartnerWeights strengthOnly() {
        return new PartnerWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public PartnerWeights withDiversity(double weight) {
        return new PartnerWeights(strength, complementarity, feasibility, weight, coPublications, sharedPartners,
                proximity, agreements, mobility, openness);
    }

    double feasibilityPartsTotal() {
        return coPublications + sharedPartners + proximity + agreements + mobility + openness;
    }
}
