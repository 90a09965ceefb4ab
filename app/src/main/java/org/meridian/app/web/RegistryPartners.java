package org.meridian.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.meridian.app.InvalidInput;
import org.meridian.app.PageQuery;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerFilter;
import org.meridian.app.partners.PartnerInput;
import org.meridian.app.partners.Partners;
import org.meridian.app.partners.RecordingPartners;
import org.meridian.app.reference.Institution;
import org.meridian.app.reference.Institutions;
import org.meridian.core.partners.NameKey;
import org.meridian.core.partners.OpenAlexInstitutionId;
import org.meridian.core.partners.RorId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Between the world registry of institutions and the tenant's partners, for the institution pickers: which
 * partner a registry institution is (same OpenAlex id, same ROR id, or the same name in the same country), the
 * partner form's fields taken from the registry, and the partner a picker's choice stands for. A picker submits
 * either a partner id (digits only) or a registry id ({@code CN-a1461662bf}); choosing a registry institution
 * that is not a partner yet records it as a prospective partner when the form is saved. Available to templates
 * as {@code ${@registryPartners...}}.
 */
@Component("registryPartners")
public class RegistryPartners {

    private final Institutions institutions;
    private final Partners partners;
    private final RecordingPartners recording;

    RegistryPartners(Institutions institutions, Partners partners, RecordingPartners recording) {
        this.institutions = institutions;
        this.partners = partners;
        this.recording = recording;
    }

    public Optional<Institution> institution(String registryId) {
        return registryId == null || registryId.isBlank() ? Optional.empty() : institutions.byId(registryId.strip());
    }

    /** The tenant's partner that is this registry institution, if any. */
    public Optional<Partner> partnerOf(Institution institution) {
        List<Partner> candidates = new ArrayList<>(named(institution.nameEn(), 50));
        for (String id : new String[] { institution.openalexId(), institution.rorId() }) {
            if (id != null) {
                candidates.addAll(named(id, 5));
            }
        }
        return candidates.stream().filter(partner -> same(institution, partner)).findFirst();
    }

    /** The tenant's partners whose name (English or Chinese) contains the words, or whose id they are, by name. */
    List<Partner> named(String words, int limit) {
        return partners.find(new PartnerFilter(words, null, null, null, null), PageQuery.of(0, limit, "name")).items();
    }

    static boolean same(Institution institution, Partner partner) {
        if (institution.openalexId() != null && partner.openalexId() != null) {
            return OpenAlexInstitutionId.parse(institution.openalexId()).map(OpenAlexInstitutionId::value)
                    .filter(partner.openalexId()::equals).isPresent();
        }
        if (institution.rorId() != null && partner.rorId() != null) {
            return RorId.parse(institution.rorId()).map(RorId::url).filter(partner.rorId()::equals).isPresent();
        }
        return NameKey.of(institution.nameEn()).equals(NameKey.of(partner.name()))
                && Objects.equals(institution.countryCode(), partner.country());
    }

    /** The partner form's fields as the registry knows them: kind, names, country, ids, type and website. */
    public Map<String, Object> partnerFields(Institution institution) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", "institution");
        fields.put("name", institution.nameEn());
        fields.put("nameZh", institution.nameZh());
        fields.put("country", institution.countryCode());
        fields.put("openalexId", institution.openalexId());
        fields.put("rorId", institution.rorId());
        fields.put("institutionType", institution.type());
        fields.put("website", institution.webPage());
        return fields;
    }

    /**
     * Saves with the partners the form's pickers chose, in one transaction: each field holding a registry id is
     * replaced by the id of the partner that is that institution, recorded now when there is none. When saving
     * fails, no partner is recorded either.
     *
     * @param pickerFields the names of the picker fields of the form
     * @throws InvalidInput on a picker field whose value names neither a partner nor a registry institution
     */
    @Transactional
    public <T> T saveChoosing(FormValues form, List<String> pickerFields, Function<FormValues, T> save) {
        FormValues resolved = form;
        for (String field : pickerFields) {
            String picked = form.value(field);
            if (picked != null && !picked.chars().allMatch(Character::isDigit)) {
                resolved = resolved.with(field, String.valueOf(partnerFor(field, picked).id()));
            }
        }
        return save.apply(resolved);
    }

    private Partner partnerFor(String field, String registryId) {
        Institution institution = institution(registryId)
                .orElseThrow(() -> InvalidInput.of(field, "invalid.not-in-registry", "is not an institution of the registry"));
        return partnerOf(institution).orElseGet(() -> {
            try {
                return recording.register(new PartnerInput("institution", institution.nameEn(),
                        institution.nameZh(), institution.countryCode(), institution.openalexId(),
                        institution.rorId(), null, institution.type(), null, List.of(), null, null,
                        institution.webPage(), null));
            }
            catch (InvalidInput incomplete) {
                throw InvalidInput.of(field, "invalid.registry-institution-incomplete", "cannot be recorded as a partner"
                        + " from the registry alone; record it as a partner first");
            }
        });
    }

    /** The name to show in a picker for its value (a partner id or a registry id), or null when unknown. */
    public String label(String picked, Locale locale) {
        if (picked == null || picked.isBlank()) {
            return null;
        }
        String language = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        if (picked.chars().allMatch(Character::isDigit)) {
            return partners.byId(Long.parseLong(picked)).map(partner -> partner.name(language)).orElse(null);
        }
        return institution(picked).map(institution -> institution.name(language)).orElse(null);
    }
}
