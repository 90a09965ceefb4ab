package org.meridian.app.mobility;

import java.util.Optional;

/**
 * What mobility and engagement records need to know about partners and agreements: whether an id names one of
 * the current tenant's partners or agreements, and where a partner is. Implementations read the tenant from
 * {@code Tenancy}, so an id of another tenant's partner does not exist.
 */
public interface PartnerDirectory {

    boolean partnerExists(long partnerId);

    /** The ISO 3166 alpha-2 country of the partner, when known. */
    Optional<String> partnerCountry(long partnerId);

    boolean agreementExists(long agreementId);
}
