package org.meridian.app.partners;

/**
 * Records of another capability that refer to partners (agreements, mobility, engagements). A partner cannot be
 * deleted while any implementation counts a reference to it. Implement it as a Spring bean in your capability;
 * partners finds every such bean and depends on none of them.
 */
public interface PartnerUsage {

    /** How many of this capability's records in the tenant refer to the partner. */
    long countReferences(long tenantId, long partnerId);

    /** The counted records as a user reads them, e.g. "1 agreement" or "3 agreements". */
    String describe(long count);
}
