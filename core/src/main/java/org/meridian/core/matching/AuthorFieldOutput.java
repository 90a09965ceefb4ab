package org.meridian.core.matching;

/** A researcher's output in one target field: fractional p, MNCS raw and shrunk, fractional top-10% works. */
public record AuthorFieldOutput(String fieldId, double p, double mncs, double shrunkMncs, double pTop10) {

    /** p × shrunk MNCS: output weighted by its field-normalised impact. */
    public double fieldNormalisedOutput() {
        return p * shrunkMncs;
    }
}
