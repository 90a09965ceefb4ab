package org.meridian.app.web;

import java.util.List;
import java.util.Locale;

import org.meridian.app.PageQuery;
import org.meridian.app.partners.Partner;
import org.meridian.app.reference.Institution;
import org.meridian.app.reference.InstitutionQuery;
import org.meridian.app.reference.Institutions;
import org.springframework.stereotype.Component;

/**
 * Suggestions from the world registry ({@link Institutions}, whose in-memory name index answers in about a
 * millisecond), each marked with the tenant's partner it is: one registry search and one partner search per
 * keystroke.
 */
@Component
class RegistryInstitutionSuggestions implements InstitutionSuggestions {

    /** How many partners named like the words are compared with the registry's matches. */
    private static final int PARTNERS_COMPARED = 100;

    private final Institutions institutions;
    private final RegistryPartners registryPartners;

    RegistryInstitutionSuggestions(Institutions institutions, RegistryPartners registryPartners) {
        this.institutions = institutions;
        this.registryPartners = registryPartners;
    }

    @Override
    public List<InstitutionSuggestion> suggest(String words, Locale locale, int limit) {
        List<Institution> found = institutions.search(InstitutionQuery.named(words), PageQuery.of(0, limit, null))
                .items();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Partner> partners = registryPartners.named(words, PARTNERS_COMPARED);
        boolean chinese = "zh".equals(locale.getLanguage());
        return found.stream().map(institution -> {
            Long partnerId = partners.stream().filter(partner -> RegistryPartners.same(institution, partner))
                    .map(Partner::id).findFirst().orElse(null);
            String name = institution.name(chinese ? "zh" : "en");
            String other = chinese ? (institution.nameZh() == null ? null : institution.nameEn()) : institution.nameZh();
            return new InstitutionSuggestion(institution.id(), name, other, institution.countryCode(), partnerId);
        }).toList();
    }
}
