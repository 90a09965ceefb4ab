package org.meridian.core.matching;

/**
 * The parts of feasibility, each in [0, 1], with the counts behind them: common ground and proximity (see
 * {@link HomeContext}), and the links: co-publications n/(n + 2), shared partners = the partner paths (see
 * {@link HomeContext}; {@code sharedPartnerCount} counts the partners they pass through), agreements a/(a + 1),
 * mobilities m/(m + 5), openness = the candidate's pp_int_collab.
 */
public record FeasibilityParts(double commonGround, double coPublications, double sharedPartners, double proximity, double agreements,
        double mobility, double openness, double coPublicationWorks, int sharedPartnerCount, int agreementCount,
        int mobilityCount) {
}
