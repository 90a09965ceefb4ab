package org.meridian.app.partners;

import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;

/**
 * Which partners a list shows; null values match everything.
 *
 * @param text part of the English or Chinese name (accents, case and punctuation ignored), or an OpenAlex or
 *        ROR id
 * @param country ISO alpha-2 code
 * @param tag one tag the partner carries
 */
public record PartnerFilter(String text, String country, PartnerKind kind, RelationshipLevel level, String tag) {

    public static PartnerFilter all() {
        return new PartnerFilter(null, null, null, null, null);
    }
}
