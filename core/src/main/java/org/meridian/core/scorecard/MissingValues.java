package org.meridian.core.scorecard;

/**
 * What happens to a missing raw value (OECD/JRC Handbook 2008, step 3). Normalisation always uses the observed
 * values only; an indicator observed for no unit of the peer set is left out of the tree and reported.
 * <ul>
 * <li>{@link #REWEIGHT} (default): the value is left out and the remaining indicator weights of its pillar are
 * rescaled to sum to 1 for that unit; a pillar with no observed indicator is left out of the unit's composite the
 * same way; a unit with no observed indicator at all gets no composite and no rank. Equivalent to imputing the
 * unit's own weighted pillar mean.</li>
 * <li>{@link #PEER_MEAN}: the normalised value is replaced by the mean of the peers' observed normalised values
 * (unconditional mean imputation; identical to imputing the raw mean, as both normalisations are affine).</li>
 * <li>{@link #EXCLUDE_UNIT}: case deletion: a unit missing any indicator of the tree is removed from the peer set
 * before normalisation and reported.</li>
 * </ul>
 */
public enum MissingValues {
    REWEIGHT,
    PEER_MEAN,
    EXCLUDE_UNIT
}
