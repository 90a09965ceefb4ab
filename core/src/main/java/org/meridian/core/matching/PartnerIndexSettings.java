package org.meridian.core.matching;

/**
 * Options of a {@link PartnerIndex}.
 *
 * @param minCandidateOutput an institution is a candidate from this fractional p over the period (0: any output)
 * @param regions            where countries lie, for proximity and diversity
 * @param fixedPriorWorks    NaN to estimate shrinkage per field ({@link ShrinkagePrior}); a number to fix it
 *                           (0 switches shrinkage off)
 */
public record PartnerIndexSettings(double minCandidateOutput, Regions regions, double fixedPriorWorks) {

    public static PartnerIndexSettings defaults() {
        return new PartnerIndexSettings(0, Regions.unM49(), Double.NaN);
    }

    public PartnerIndexSettings withRegions(Regions countryRegions) {
        return new PartnerIndexSettings(minCandidateOutput, countryRegions, fixedPriorWorks);
    }

    public PartnerIndexSettings withFixedPriorWorks(double priorWorks) {
        return new PartnerIndexSettings(minCandidateOutput, regions, priorWorks);
    }
}
