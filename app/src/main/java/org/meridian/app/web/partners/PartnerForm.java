package org.meridian.app.web.partners;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InputCheck;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerInput;
import org.meridian.app.web.FormValues;

/**
 * The fields of the partner form, named as {@code PartnerValidation} names them in its messages. Tags are typed
 * as one text, separated by commas; contacts are not edited here and stay as they are.
 */
final class PartnerForm {

    static final List<String> FIELDS = List.of("kind", "name", "nameZh", "country", "openalexId", "rorId",
            "organisationCode", "institutionType", "level", "tags", "notes", "website", "version");

    private PartnerForm() {
    }

    static FormValues of(Map<String, String> submitted) {
        return FormValues.submitted(submitted, FIELDS);
    }

    static FormValues of(Partner partner) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", partner.kind());
        values.put("name", partner.name());
        values.put("nameZh", partner.nameZh());
        values.put("country", partner.country());
        values.put("openalexId", partner.openalexId());
        values.put("rorId", partner.rorId());
        values.put("organisationCode", partner.organisationCode());
        values.put("institutionType", partner.institutionType());
        values.put("level", partner.level());
        values.put("tags", partner.tags().isEmpty() ? null : String.join(", ", partner.tags()));
        values.put("notes", partner.notes());
        values.put("website", partner.website());
        values.put("version", partner.version());
        return FormValues.of(values);
    }

    static PartnerInput input(FormValues form) {
        InputCheck check = new InputCheck();
        Long version = form.number(check, "version");
        check.throwIfInvalid();
        String tags = form.value("tags");
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split("[,，;；]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new PartnerInput(form.value("kind"), form.value("name"), form.value("nameZh"), form.value("country"),
                form.value("openalexId"), form.value("rorId"), form.value("organisationCode"),
                form.value("institutionType"), form.value("level"), tagList, null, form.value("notes"),
                form.value("website"), version == null ? null : version.intValue());
    }
}
