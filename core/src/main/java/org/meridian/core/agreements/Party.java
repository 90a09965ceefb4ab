package org.meridian.core.agreements;

/** A partner taking part in an agreement, and its role. The home institution is a party implicitly. */
public record Party(long partnerId, PartyRole role) {
}
