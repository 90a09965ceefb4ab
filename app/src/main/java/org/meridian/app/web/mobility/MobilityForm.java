package org.meridian.app.web.mobility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InputCheck;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityDraft;
import org.meridian.app.mobility.MobilityPerson;
import org.meridian.app.web.FormValues;

/** The fields of the mobility form, named as {@code MobilityRecords} names them in its messages. */
final class MobilityForm {

    static final List<String> FIELDS = List.of("direction", "category", "iscedLevel", "country", "partnerId",
            "agreementId", "iscedField", "startDate", "endDate", "academicYear", "programme", "funding",
            "fundingBody", "cancelled", "person.familyName", "person.givenName", "person.gender",
            "person.nationality", "person.birthDate", "person.email", "person.personIdentifier", "version");

    /** The institution picker of the partner: a partner id, or a registry id until saved. */
    static final List<String> PICKERS = List.of("partnerId");

    private MobilityForm() {
    }

    static FormValues of(Map<String, String> submitted) {
        return FormValues.submitted(submitted, FIELDS);
    }

    static FormValues of(Mobility mobility) {
        Map<String, Object> values = new HashMap<>();
        values.put("direction", mobility.direction());
        values.put("category", mobility.category());
        values.put("iscedLevel", mobility.iscedLevel());
        values.put("country", mobility.country());
        values.put("partnerId", mobility.partnerId());
        values.put("agreementId", mobility.agreementId());
        values.put("iscedField", mobility.iscedField());
        values.put("startDate", mobility.startDate());
        values.put("endDate", mobility.endDate());
        values.put("academicYear", mobility.academicYear());
        values.put("programme", mobility.programme());
        values.put("funding", mobility.funding());
        values.put("fundingBody", mobility.fundingBody());
        values.put("cancelled", mobility.cancelled() ? "true" : null);
        MobilityPerson person = mobility.person();
        if (person != null) {
            values.put("person.familyName", person.familyName());
            values.put("person.givenName", person.givenName());
            values.put("person.gender", person.gender());
            values.put("person.nationality", person.nationality());
            values.put("person.birthDate", person.birthDate());
            values.put("person.email", person.email());
            values.put("person.personIdentifier", person.personIdentifier());
        }
        values.put("version", mobility.version());
        return FormValues.of(values);
    }

    /** The draft the service checks; numbers that are no numbers are refused here, by field. */
    static MobilityDraft draft(FormValues form) {
        InputCheck check = new InputCheck();
        Long level = form.number(check, "iscedLevel");
        Long partner = form.number(check, "partnerId");
        Long agreement = form.number(check, "agreementId");
        Long version = form.number(check, "version");
        check.throwIfInvalid();
        return new MobilityDraft(form.value("direction"), form.value("category"),
                level == null ? null : level.intValue(), partner, form.value("country"), agreement,
                form.value("iscedField"), form.value("startDate"), form.value("endDate"), form.value("academicYear"),
                form.value("programme"), form.value("funding"), form.value("fundingBody"),
                form.is("cancelled", "true"),
                new MobilityDraft.PersonDraft(form.value("person.familyName"), form.value("person.givenName"),
                        form.value("person.gender"), form.value("person.nationality"), form.value("person.birthDate"),
                        form.value("person.email"), form.value("person.personIdentifier")),
                version == null ? null : version.intValue());
    }
}
