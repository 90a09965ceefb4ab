package org.meridian.app.agreements;

import org.meridian.core.agreements.PartyRole;

/**
 * A partner taking part in an agreement, with the partner's name and country as recorded now.
 *
 * @param signatory who signs for the partner, e.g. "Prof. Jane Doe, Provost"
 */
public record AgreementParty(long partnerId, String partnerName, String partnerNameZh, String country,
        PartyRole role, String signatory) {
}
