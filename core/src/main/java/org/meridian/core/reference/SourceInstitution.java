package org.meridian.core.reference;

import java.util.List;

/**
 * One row of one source list, as that source gives it. Fields a source does not have are null (ids, type) or
 * empty (domains).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case, or null where the source gives none
 * @param openalexId short OpenAlex id such as {@code I99065089}
 * @param rorId short ROR id such as {@code 03cve4549} (without {@code https://ror.org/})
 */
public record SourceInstitution(InstitutionSource source, String name, String countryCode, InstitutionType type,
        String openalexId, String rorId, List<String> domains, String webPage) {

    public SourceInstitution {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
