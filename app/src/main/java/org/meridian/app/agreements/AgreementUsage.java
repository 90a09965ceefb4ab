package org.meridian.app.agreements;

/**
 * Records of another capability that refer to agreements (e.g. mobility). An agreement cannot be deleted while any
 * implementation counts a reference to it. Implement it as a Spring bean in your capability; agreements finds
 * every such bean and depends on none of them.
 */
public interface AgreementUsage {

    /** How many of this capability's records in the tenant refer to the agreement. */
    long countReferences(long tenantId, long agreementId);

    /** The counted records as a user reads them, e.g. "1 mobility" or "12 mobilities". */
    String describe(long count);
}
