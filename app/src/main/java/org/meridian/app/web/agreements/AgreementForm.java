package org.meridian.app.web.agreements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.meridian.app.InputCheck;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementInput;
import org.meridian.app.agreements.AgreementParty;
import org.meridian.app.web.FormValues;
import org.meridian.core.agreements.AcademicYear;

/**
 * The fields of the agreement form, named as {@code AgreementValidation} names them in its messages: up to
 * {@link #PARTIES} partners as {@code parties[i].partnerId}, ISCED fields and academic years each typed as one
 * text separated by commas. Quotas are not edited here; an edit keeps those recorded.
 */
final class AgreementForm {

    static final int PARTIES = 3;

    /** The institution pickers of the partners: each holds a partner id, or a registry id until saved. */
    static final List<String> PARTY_FIELDS = IntStream.range(0, PARTIES).mapToObj(AgreementForm::party).toList();

    static final List<String> FIELDS = Stream.concat(Stream.of("title", "type", "status", "signingDate",
            "startDate", "endDate", "homeRole", "homeSignatory", "iscedFields", "academicYears", "notes", "version"),
            PARTY_FIELDS.stream()).toList();

    private AgreementForm() {
    }

    /** The name of the partner picker at position {@code index}. */
    static String party(int index) {
        return "parties[" + index + "].partnerId";
    }

    static FormValues of(Map<String, String> submitted) {
        return FormValues.submitted(submitted, FIELDS);
    }

    static FormValues of(Agreement agreement) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", agreement.title());
        values.put("type", agreement.type());
        values.put("status", agreement.status());
        values.put("signingDate", agreement.signingDate());
        values.put("startDate", agreement.startDate());
        values.put("endDate", agreement.endDate());
        values.put("homeRole", agreement.homeRole().code());
        values.put("homeSignatory", agreement.homeSignatory());
        values.put("iscedFields", agreement.iscedFields().isEmpty() ? null : String.join(", ", agreement.iscedFields()));
        values.put("academicYears", agreement.academicYears().isEmpty() ? null
                : String.join(", ", agreement.academicYears().stream().map(AcademicYear::id).toList()));
        values.put("notes", agreement.notes());
        values.put("version", agreement.version());
        List<AgreementParty> parties = agreement.parties();
        for (int i = 0; i < Math.min(PARTIES, parties.size()); i++) {
            values.put(party(i), parties.get(i).partnerId());
        }
        return FormValues.of(values);
    }

    /**
     * The input to record or revise; on revision the parties beyond the form's, their roles and signatories, and
     * the quotas of {@code existing} are kept.
     */
    static AgreementInput input(FormValues form, Agreement existing) {
        InputCheck check = new InputCheck();
        Long version = form.number(check, "version");
        List<AgreementInput.Party> parties = new ArrayList<>();
        for (int i = 0; i < PARTIES; i++) {
            Long partnerId = form.number(check, party(i));
            if (partnerId != null) {
                AgreementParty before = existing == null ? null : existing.parties().stream()
                        .filter(party -> party.partnerId() == partnerId).findFirst().orElse(null);
                parties.add(before == null ? new AgreementInput.Party(partnerId, null, null)
                        : new AgreementInput.Party(partnerId, before.role().code(), before.signatory()));
            }
        }
        if (existing != null) {
            existing.parties().stream().skip(PARTIES).forEach(party -> parties.add(
                    new AgreementInput.Party(party.partnerId(), party.role().code(), party.signatory())));
        }
        check.throwIfInvalid();
        List<AgreementInput.Quota> quotas = existing == null ? List.of() : existing.quotas().stream()
                .map(quota -> new AgreementInput.Quota(quota.academicYear().id(), quota.direction().code(),
                        quota.category().code(), quota.people(), quota.monthsPerPerson())).toList();
        return new AgreementInput(form.value("title"), form.value("type"), form.value("status"),
                form.value("signingDate"), form.value("startDate"), form.value("endDate"), form.value("homeRole"),
                form.value("homeSignatory"), parties, list(form.value("iscedFields")),
                list(form.value("academicYears")), quotas, form.value("notes"),
                version == null ? null : version.intValue());
    }

    static List<String> list(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
