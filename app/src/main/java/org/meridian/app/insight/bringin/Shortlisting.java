package org.meridian.app.insight.bringin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.PageQuery;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementInput;
import org.meridian.app.agreements.RecordingAgreements;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerFilter;
import org.meridian.app.partners.PartnerInput;
import org.meridian.app.partners.Partners;
import org.meridian.app.partners.RecordingPartners;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a recommendation into records: a recommended institution becomes a Partner (level prospective, tag
 * {@value #TAG}) unless the tenant already has one with its OpenAlex id; a draft Agreement with that partner
 * carries the target fields over as ISCED-F codes where a field maps to one ({@link IscedOpenAlexFields}),
 * and names the fields that do not.
 */
@Service
public class Shortlisting {

    public static final String TAG = "recommended";
    private static final Set<String> ROR_TYPES = Set.of("education", "funder", "healthcare", "company", "archive",
            "nonprofit", "government", "facility", "other");

    private final BringingIn bringingIn;
    private final Partners partners;
    private final RecordingPartners recordingPartners;
    private final RecordingAgreements recordingAgreements;

    Shortlisting(BringingIn bringingIn, Partners partners, RecordingPartners recordingPartners,
            RecordingAgreements recordingAgreements) {
        this.bringingIn = bringingIn;
        this.partners = partners;
        this.recordingPartners = recordingPartners;
        this.recordingAgreements = recordingAgreements;
    }

    /** The partner for a recommended institution, and whether it was created now. */
    @Transactional
    public ShortlistedPartner partner(String institutionId, String reason) {
        String id = HomeUnits.institutionId(institutionId == null ? "" : institutionId)
                .orElseThrow(() -> InvalidInput.of("institutionId", "must be an OpenAlex institution id such as I27837315"));
        Optional<Partner> existing = existing(id);
        if (existing.isPresent()) {
            return new ShortlistedPartner(existing.get(), false);
        }
        Landscape landscape = bringingIn.answers().map(a -> a.analysis().landscape())
                .orElseThrow(() -> InvalidInput.of("institutionId", "no works are ingested, so no institution is known"));
        Unit unit = landscape.unit(UnitType.INSTITUTION, id)
                .orElseThrow(() -> InvalidInput.of("institutionId", "no institution " + id + " in the analysed works"));
        String type = unit.institutionType() != null && ROR_TYPES.contains(unit.institutionType()) ? unit.institutionType()
                : null;
        String notes = "Recommended by Bring in" + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
        Partner created = recordingPartners.register(new PartnerInput("institution", unit.name() == null ? id : unit.name(),
                null, unit.countryCode(), id, null, null, type, "prospective", List.of(TAG), null,
                notes.length() > 4000 ? notes.substring(0, 4000) : notes, null, null));
        return new ShortlistedPartner(created, true);
    }

    /** A draft agreement with the institution's partner (created if needed) over the target fields. */
    @Transactional
    public ShortlistedAgreement agreement(String institutionId, List<String> fieldIds, String title) {
        ShortlistedPartner partner = partner(institutionId, null);
        Landscape landscape = bringingIn.answers().orElseThrow().analysis().landscape();
        Set<String> codes = new LinkedHashSet<>();
        List<String> unmapped = new ArrayList<>();
        for (String fieldId : fieldIds == null ? List.<String>of() : fieldIds) {
            String openAlexField = openAlexField(landscape, fieldId);
            List<String> mapped = openAlexField == null ? List.of() : IscedOpenAlexFields.shipped().iscedCodes(openAlexField);
            if (mapped.isEmpty()) {
                unmapped.add(fieldId);
            }
            codes.addAll(mapped);
        }
        String name = partner.partner().name();
        String agreementTitle = title == null || title.isBlank() ? "Research cooperation with " + name : title.trim();
        String notes = "Drafted from a Bring in recommendation" + (fieldIds == null || fieldIds.isEmpty() ? ""
                : " for OpenAlex fields " + String.join(", ", fieldIds))
                + (unmapped.isEmpty() ? "" : "; no ISCED-F field mapped for " + String.join(", ", unmapped));
        Agreement agreement = recordingAgreements.register(new AgreementInput(agreementTitle, "research-cooperation",
                "draft", null, null, null, null, null, List.of(new AgreementInput.Party(partner.partner().id(), null, null)),
                List.copyOf(codes), List.of(), List.of(), notes, null));
        return new ShortlistedAgreement(agreement, partner.created(), unmapped);
    }

    private Optional<Partner> existing(String openAlexId) {
        return partners.find(new PartnerFilter(openAlexId, null, null, null, null), PageQuery.of(0, 50, null)).items()
                .stream().filter(p -> openAlexId.equals(p.openalexId())).findFirst();
    }

    /** The OpenAlex field (level FIELD) of a field id of any level, or null when unknown. */
    private static String openAlexField(Landscape landscape, String fieldId) {
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.isFinerThan(landscape.finestLevel()) && landscape.taxonomy().indexOf(level, fieldId) >= 0) {
                return level == FieldLevel.DOMAIN ? null
                        : level == FieldLevel.FIELD ? fieldId : landscape.taxonomy().ancestorId(level, fieldId, FieldLevel.FIELD);
            }
        }
        return null;
    }

    /** @param created whether the partner was created now (false: the tenant already had it) */
    public record ShortlistedPartner(Partner partner, boolean created) {
    }

    /** @param unmappedFields target fields for which no ISCED-F code could be carried over */
    public record ShortlistedAgreement(Agreement agreement, boolean partnerCreated, List<String> unmappedFields) {
    }
}
