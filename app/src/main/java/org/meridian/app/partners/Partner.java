package org.meridian.app.partners;

import java.time.LocalDateTime;
import java.util.List;

import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;

/**
 * An institution or international organisation the home institution works with.
 *
 * @param country ISO 3166-1 alpha-2 code; null only for an international organisation without a seat country
 * @param openalexId OpenAlex institution id, e.g. {@code I27837315}
 * @param rorId ROR id in canonical form, e.g. {@code https://ror.org/00jmfr291}
 * @param organisationCode code of an international organisation (e.g. {@code UNESCO}); null for institutions
 * @param tags lower-case hyphenated labels, sorted, e.g. {@code belt-and-road}, {@code strategic}
 * @param contacts contact persons, in the order given; null for roles that may not see personal data
 * @param version optimistic-locking version; send it back with an update
 */
public record Partner(long id, PartnerKind kind, String name, String nameZh, String country, String openalexId,
        String rorId, String organisationCode, InstitutionType institutionType, RelationshipLevel level,
        List<String> tags, List<PartnerContact> contacts, String notes, String website, LocalDateTime createdAt,
        LocalDateTime updatedAt, int version) {

    /** The name for a UI language: the Chinese name for {@code zh} when there is one, else the English name. */
    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : name;
    }
}
