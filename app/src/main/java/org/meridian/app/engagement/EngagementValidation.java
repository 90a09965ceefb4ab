package org.meridian.app.engagement;

import java.time.LocalDate;

import org.meridian.app.InputCheck;
import org.meridian.app.partners.Partners;
import org.meridian.app.reference.Countries;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.springframework.stereotype.Component;

/** Turns an {@link EngagementDraft} into a {@link ValidEngagement}, or refuses it with one message per wrong field. */
@Component
class EngagementValidation {

    private final Countries countries;
    private final Partners partners;

    EngagementValidation(Countries countries, Partners partners) {
        this.countries = countries;
        this.partners = partners;
    }

    ValidEngagement validate(EngagementDraft draft) {
        InputCheck check = new InputCheck();
        String code = check.text("organisationCode", draft.organisationCode(), 64, false);
        String name = check.text("organisationName", draft.organisationName(), 300, true);
        if (draft.partnerId() != null && !partners.exists(draft.partnerId())) {
            check.reject("partnerId", "invalid.no-such-partner", "no partner with id " + draft.partnerId(),
                    draft.partnerId());
        }
        EngagementKind kind = check.code("kind", draft.kind(), EngagementKind.class, true);
        EngagementRole role = check.code("role", draft.role(), EngagementRole.class, true);
        String title = check.text("title", draft.title(), 300, true);
        LocalDate start = check.date("startDate", draft.startDate(), true);
        LocalDate end = check.date("endDate", draft.endDate(), false);
        check.notBefore("endDate", end, start, "the start date");
        String country = check.countryCode("country", draft.country(), false);
        if (country != null && !countries.exists(country)) {
            check.reject("country", "invalid.no-such-country", "no country with ISO 3166 code '" + country + "'",
                    country);
        }
        String outcome = check.text("outcome", draft.outcome(), 4000, false);
        String evidence = check.webAddress("evidenceUrl", draft.evidenceUrl(), 1000);
        String notes = check.text("notes", draft.notes(), 4000, false);
        check.throwIfInvalid();
        return new ValidEngagement(code, name, draft.partnerId(), kind, role, title, start, end, country, outcome,
                evidence, notes);
    }
}
