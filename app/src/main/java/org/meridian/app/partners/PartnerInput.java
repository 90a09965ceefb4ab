package org.meridian.app.partners;

import java.util.List;

/**
 * A partner as a caller sends it to create or update one. Codes are given as text and checked with one message
 * per invalid field. On update, {@code tags} or {@code contacts} left out (null) stay as they are; an empty
 * list clears them.
 *
 * @param kind {@code institution} or {@code organisation}
 * @param level {@code prospective} (the default), {@code contact}, {@code partner} or {@code strategic}
 * @param institutionType a ROR type: education, funder, healthcare, company, archive, nonprofit, government,
 *        facility, other
 * @param version the version read; required to update
 */
public record PartnerInput(String kind, String name, String nameZh, String country, String openalexId,
        String rorId, String organisationCode, String institutionType, String level, List<String> tags,
        List<PartnerContact> contacts, String notes, String website, Integer version) {
}
