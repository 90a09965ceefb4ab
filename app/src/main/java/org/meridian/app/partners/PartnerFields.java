package org.meridian.app.partners;

import java.util.List;

import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;

/**
 * A partner's fields after validation: trimmed, codes parsed, ids in canonical form. {@code tags} or
 * {@code contacts} null means "leave as they are".
 */
record PartnerFields(PartnerKind kind, String name, String nameZh, String nameKey, String country,
        String openalexId, String rorId, String organisationCode, InstitutionType institutionType,
        RelationshipLevel level, List<String> tags, List<PartnerContact> contacts, String notes, String website) {
}
