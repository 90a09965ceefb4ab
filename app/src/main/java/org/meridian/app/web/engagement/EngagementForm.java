package org.meridian.app.web.engagement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InputCheck;
import org.meridian.app.engagement.Engagement;
import org.meridian.app.engagement.EngagementDraft;
import org.meridian.app.web.FormValues;

/** The fields of the engagement form, named as {@code EngagementRecords} names them in its messages. */
final class EngagementForm {

    static final List<String> FIELDS = List.of("organisationCode", "organisationName", "partnerId", "kind", "role",
            "title", "startDate", "endDate", "country", "outcome", "evidenceUrl", "notes", "version");

    private EngagementForm() {
    }

    static FormValues of(Map<String, String> submitted) {
        return FormValues.submitted(submitted, FIELDS);
    }

    static FormValues of(Engagement engagement) {
        Map<String, Object> values = new HashMap<>();
        values.put("organisationCode", engagement.organisationCode());
        values.put("organisationName", engagement.organisationName());
        values.put("partnerId", engagement.partnerId());
        values.put("kind", engagement.kind());
        values.put("role", engagement.role());
        values.put("title", engagement.title());
        values.put("startDate", engagement.startDate());
        values.put("endDate", engagement.endDate());
        values.put("country", engagement.country());
        values.put("outcome", engagement.outcome());
        values.put("evidenceUrl", engagement.evidenceUrl());
        values.put("notes", engagement.notes());
        values.put("version", engagement.version());
        return FormValues.of(values);
    }

    static EngagementDraft draft(FormValues form) {
        InputCheck check = new InputCheck();
        Long partner = form.number(check, "partnerId");
        Long version = form.number(check, "version");
        check.throwIfInvalid();
        return new EngagementDraft(form.value("organisationCode"), form.value("organisationName"), partner,
                form.value("kind"), form.value("role"), form.value("title"), form.value("startDate"),
                form.value("endDate"), form.value("country"), form.value("outcome"), form.value("evidenceUrl"),
                form.value("notes"), version == null ? null : version.intValue());
    }
}
