package org.meridian.app.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.meridian.app.InvalidInput;
import org.meridian.app.InvalidInput.FieldError;
import org.meridian.core.reference.InstitutionSourceFiles;
import org.meridian.core.reference.InstitutionType;

/**
 * What an administrator sends to add an institution to the registry or to change one. Ids may be given in
 * short or URL form ({@code I99065089} or {@code https://openalex.org/I99065089}; {@code 03cve4549} or
 * {@code https://ror.org/03cve4549}). {@code version} is required to change, ignored to add.
 */
public record InstitutionDraft(String nameEn, String nameZh, String countryCode, String type, String openalexId,
        String rorId, List<String> domains, String webPage, Integer version) {

    public InstitutionDraft {
        domains = domains == null ? List.of()
                : domains.stream().filter(domain -> domain != null && !domain.isBlank())
                        .map(domain -> domain.trim().toLowerCase(Locale.ROOT)).toList();
    }

    String shortOpenAlexId() {
        return InstitutionSourceFiles.shortOpenAlexId(openalexId);
    }

    String shortRorId() {
        return InstitutionSourceFiles.shortRorId(rorId);
    }

    String country() {
        return countryCode == null || countryCode.isBlank() ? null : countryCode.trim().toUpperCase(Locale.ROOT);
    }

    String trimmedNameZh() {
        return nameZh == null || nameZh.isBlank() ? null : nameZh.trim();
    }

    /** Fails with every field's problem at once; {@code knownCountry} answers whether an ISO code exists. */
    void validate(java.util.function.Predicate<String> knownCountry) {
        List<FieldError> errors = new ArrayList<>();
        ReferenceText.require(errors, "nameEn", nameEn, 300);
        ReferenceText.limit(errors, "nameZh", nameZh, 200);
        if (country() == null || !knownCountry.test(country())) {
            errors.add(new FieldError("countryCode", "an ISO 3166-1 alpha-2 code such as CN or DE"));
        }
        if (InstitutionType.fromSource(type) == null || type.contains(";")) {
            errors.add(new FieldError("type", "one of education, company, nonprofit, healthcare, facility, "
                    + "government, archive, other"));
        }
        if (shortOpenAlexId() != null && !shortOpenAlexId().matches(InstitutionSourceFiles.OPENALEX_ID)) {
            errors.add(new FieldError("openalexId", "an OpenAlex institution id such as I99065089"));
        }
        if (shortRorId() != null && !shortRorId().matches(InstitutionSourceFiles.ROR_ID)) {
            errors.add(new FieldError("rorId", "a ROR id such as 03cve4549"));
        }
        for (String domain : domains) {
            if (!domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") || domain.length() > 100) {
                errors.add(new FieldError("domains", "'" + domain + "' is not a domain name such as tsinghua.edu.cn"));
            }
        }
        ReferenceText.limit(errors, "domains", String.join(";", domains), 500);
        ReferenceText.webAddress(errors, "webPage", webPage, 500);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
