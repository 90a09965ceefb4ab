package org.meridian.app.mobility;

import java.time.LocalDate;
import java.util.Optional;

import org.meridian.app.InputCheck;
import org.meridian.app.reference.Countries;
import org.meridian.app.reference.IscedFields;
import org.meridian.core.mobility.AcademicYear;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.Gender;
import org.meridian.core.mobility.IscedLevel;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityNaturalKey;
import org.meridian.core.mobility.MobilityPeriod;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link MobilityDraft} into a {@link ValidMobility}, or refuses it with one message per wrong field.
 */
@Component
class MobilityValidation {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final Countries countries;
    private final IscedFields iscedFields;
    private final PartnerDirectory partners;

    MobilityValidation(Countries countries, IscedFields iscedFields, PartnerDirectory partners) {
        this.countries = countries;
        this.iscedFields = iscedFields;
        this.partners = partners;
    }

    ValidMobility validate(MobilityDraft draft) {
        InputCheck check = new InputCheck();
        Direction direction = check.code("direction", draft.direction(), Direction.class, true);
        MobilityCategory category = check.code("category", draft.category(), MobilityCategory.class, true);
        IscedLevel level = iscedLevel(check, category, draft.iscedLevel());
        String country = country(check, "country", draft.country(), true);
        partner(check, draft.partnerId(), country);
        if (draft.agreementId() != null && !partners.agreementExists(draft.agreementId())) {
            check.reject("agreementId", "invalid.no-such-agreement", "no agreement with id " + draft.agreementId(),
                    draft.agreementId());
        }
        String field = check.text("iscedField", draft.iscedField(), 4, false);
        if (field != null && !iscedFields.exists(field)) {
            check.reject("iscedField", "invalid.no-such-isced-field", "no ISCED-F 2013 field with code '" + field + "'",
                    field);
        }
        LocalDate start = check.date("startDate", draft.startDate(), true);
        LocalDate end = check.date("endDate", draft.endDate(), true);
        if (start != null && end != null && end.isBefore(start)) {
            check.reject("endDate", "invalid.ends-before-start", "must be on or after the start date " + start, start);
        }
        AcademicYear year = academicYear(check, draft.academicYear(), start, end);
        String programme = check.text("programme", draft.programme(), 300, false);
        Funding funding = check.code("funding", draft.funding(), Funding.class, true);
        String fundingBody = check.text("fundingBody", draft.fundingBody(), 200, false);
        MobilityPerson person = person(check, draft.person());
        check.throwIfInvalid();

        MobilityPeriod period = new MobilityPeriod(start, end);
        String naturalKey = new MobilityNaturalKey(direction, person.personIdentifier(), person.familyName(),
                person.givenName(), person.birthDate(), start, country).digest();
        return new ValidMobility(direction, category, level, draft.partnerId(), country, draft.agreementId(), field,
                period, year == null ? period.startingAcademicYear() : year, programme, funding, fundingBody,
                Boolean.TRUE.equals(draft.cancelled()), person, naturalKey);
    }

    private static IscedLevel iscedLevel(InputCheck check, MobilityCategory category, Integer level) {
        if (category == null) {
            return null;
        }
        if (!category.hasIscedLevel()) {
            if (level != null) {
                check.reject("iscedLevel", "invalid.level-for-students-only", "applies to students only");
            }
            return null;
        }
        Optional<IscedLevel> known = level == null ? Optional.empty() : IscedLevel.of(level);
        if (known.isEmpty()) {
            String levels = ": 5 (short-cycle tertiary), 6 (bachelor's), 7 (master's) or 8 (doctoral)";
            if (level == null) {
                check.reject("iscedLevel", "invalid.level-required", "is required for students" + levels);
            }
            else {
                check.reject("iscedLevel", "invalid.level-not-tertiary", level + " is not a tertiary level" + levels,
                        level);
            }
        }
        return known.orElse(null);
    }

    private String country(InputCheck check, String field, String value, boolean required) {
        String code = check.countryCode(field, value, required);
        if (code != null && !countries.exists(code)) {
            check.reject(field, "invalid.no-such-country", "no country with ISO 3166 code '" + code + "'", code);
            return null;
        }
        return code;
    }

    private void partner(InputCheck check, Long partnerId, String country) {
        if (partnerId == null) {
            return;
        }
        if (!partners.partnerExists(partnerId)) {
            check.reject("partnerId", "invalid.no-such-partner", "no partner with id " + partnerId, partnerId);
            return;
        }
        partners.partnerCountry(partnerId).filter(partnerCountry -> country != null && !partnerCountry.equals(country))
                .ifPresent(partnerCountry -> check.reject("country", "invalid.partner-country",
                        "must be " + partnerCountry + ", the country of partner " + partnerId, partnerCountry));
    }

    private static AcademicYear academicYear(InputCheck check, String label, LocalDate start, LocalDate end) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Optional<AcademicYear> year = AcademicYear.parse(label);
        if (year.isEmpty()) {
            check.reject("academicYear", "must be written like 2025/2026");
            return null;
        }
        if (start != null && end != null && !end.isBefore(start) && !year.get().overlaps(start, end)) {
            check.reject("academicYear", "the mobility from " + start + " to " + end + " lies outside " + year.get()
                    + " (1 September to 31 August)");
        }
        return year.get();
    }

    private MobilityPerson person(InputCheck check, MobilityDraft.PersonDraft person) {
        if (person == null) {
            check.reject("person", "is required: at least familyName and nationality");
            return null;
        }
        String familyName = check.text("person.familyName", person.familyName(), 200, true);
        String givenName = check.text("person.givenName", person.givenName(), 200, false);
        Gender gender = check.code("person.gender", person.gender(), Gender.class, false);
        String nationality = country(check, "person.nationality", person.nationality(), true);
        LocalDate birthDate = check.date("person.birthDate", person.birthDate(), false);
        if (birthDate != null && (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(LocalDate.now()))) {
            check.reject("person.birthDate", "must lie between 1900-01-01 and today");
        }
        String email = check.emailAddress("person.email", person.email(), 320);
        String identifier = check.text("person.personIdentifier", person.personIdentifier(), 64, false);
        return new MobilityPerson(familyName, givenName, gender, nationality, birthDate, email, identifier);
    }
}
