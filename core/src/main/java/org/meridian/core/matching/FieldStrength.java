package org.meridian.core.matching;

/**
 * A candidate's standing in one field, raw and shrunk (see {@link ShrinkagePrior}), and the strength in [0, 1]
 * derived from them (see {@link PartnerIndex}).
 */
public record FieldStrength(String fieldId, double p, double mncs, double shrunkMncs, double ppTop10,
        double shrunkPpTop10, double strength) {
}
