package org.meridian.app.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.meridian.app.InputCheck;
import org.meridian.app.partners.Partners;
import org.meridian.app.reference.IscedFields;
import org.meridian.core.agreements.AcademicYear;
import org.meridian.core.agreements.AgreementRules;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.MobilityCategory;
import org.meridian.core.agreements.MobilityDirection;
import org.meridian.core.agreements.MobilityQuota;
import org.meridian.core.agreements.Party;
import org.meridian.core.agreements.PartyRole;
import org.meridian.core.agreements.Violation;
import org.springframework.stereotype.Component;

/**
 * Checks an {@link AgreementInput} or {@link RenewalInput} field by field, then by the rules of
 * {@link AgreementRules}, and explains every problem at once.
 */
@Component
class AgreementValidation {

    private final Partners partners;
    private final IscedFields iscedFields;

    AgreementValidation(Partners partners, IscedFields iscedFields) {
        this.partners = partners;
        this.iscedFields = iscedFields;
    }

    AgreementTerms check(AgreementInput input, boolean update) {
        InputCheck check = new InputCheck();
        if (update) {
            check.requireVersion(input.version());
        }
        String title = check.requiredText("title", input.title(), 500);
        AgreementType type = check.code("type", input.type(), AgreementType.values(), AgreementType::code, true);
        AgreementStatus status = AgreementStatus.DRAFT;
        if (!update && input.status() != null) {
            status = check.code("status", input.status(), AgreementStatus.values(), AgreementStatus::code, false);
            if (status != null) {
                report(check, AgreementRules.checkNewStatus(status));
            }
        }
        LocalDate signing = date(check, "signingDate", input.signingDate());
        LocalDate start = date(check, "startDate", input.startDate());
        LocalDate end = date(check, "endDate", input.endDate());
        report(check, AgreementRules.checkDates(signing, start, end));
        if (status != null && status.inForce()) {
            report(check, AgreementRules.checkInForce(start));
        }
        PartyRole homeRole = check.code("homeRole", input.homeRole(), PartyRole.values(), PartyRole::code, false);
        String homeSignatory = check.text("homeSignatory", input.homeSignatory(), 300);
        List<AgreementTerms.PartyTerm> parties = parties(check, input.parties(),
                homeRole == null ? PartyRole.PARTNER : homeRole);
        List<String> fields = iscedFields(check, input.iscedFields());
        List<AcademicYear> years = academicYears(check, input.academicYears(), start, end);
        List<MobilityQuota> quotas = quotas(check, input.quotas(), years);
        String notes = check.text("notes", input.notes(), 4000);
        check.throwIfInvalid();
        return new AgreementTerms(title, type, status, signing, start, end,
                homeRole == null ? PartyRole.PARTNER : homeRole, homeSignatory, parties, fields, years, quotas, notes);
    }

    /** The successor's terms for renewing {@code predecessor}. */
    AgreementTerms checkRenewal(Agreement predecessor, RenewalInput input) {
        InputCheck check = new InputCheck();
        String title = check.text("title", input.title(), 500);
        AgreementStatus status = input.status() == null ? AgreementStatus.DRAFT
                : check.code("status", input.status(), AgreementStatus.values(), AgreementStatus::code, false);
        LocalDate signing = date(check, "signingDate", input.signingDate());
        LocalDate start = date(check, "startDate", input.startDate());
        LocalDate end = date(check, "endDate", input.endDate());
        if (status != null && check.isValid()) {
            report(check, AgreementRules.checkSuccessor(predecessor.startDate(), status, start));
        }
        report(check, AgreementRules.checkDates(signing, start, end));
        List<AcademicYear> years = academicYears(check, input.academicYears(), start, end);
        List<MobilityQuota> quotas = quotas(check, input.quotas(), years);
        check.throwIfInvalid();
        return AgreementTerms.successorOf(predecessor, title, status, signing, start, end, years, quotas);
    }

    private List<AgreementTerms.PartyTerm> parties(InputCheck check, List<AgreementInput.Party> given,
            PartyRole homeRole) {
        List<AgreementTerms.PartyTerm> parties = new ArrayList<>();
        List<AgreementInput.Party> list = given == null ? List.of() : given;
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            String field = "parties[" + i + "]";
            AgreementInput.Party party = list.get(i);
            if (party == null || party.partnerId() == null) {
                check.reject(field + ".partnerId", "invalid.is-required", "is required");
                complete = false;
                continue;
            }
            if (!partners.exists(party.partnerId())) {
                check.reject(field + ".partnerId", "invalid.no-such-partner", "no partner with id " + party.partnerId(),
                        party.partnerId());
            }
            PartyRole role = check.code(field + ".role", party.role(), PartyRole.values(), PartyRole::code, false);
            String signatory = check.text(field + ".signatory", party.signatory(), 300);
            parties.add(new AgreementTerms.PartyTerm(party.partnerId(), role == null ? PartyRole.PARTNER : role,
                    signatory));
        }
        if (complete) {
            report(check, AgreementRules.checkParties(homeRole,
                    parties.stream().map(party -> new Party(party.partnerId(), party.role())).toList()));
        }
        return parties;
    }

    private List<String> iscedFields(InputCheck check, List<String> given) {
        List<String> codes = given == null ? List.of() : given.stream().map(code -> code == null ? null
                : code.trim()).toList();
        List<Violation> malformed = AgreementRules.checkIscedCodes(codes);
        report(check, malformed);
        if (malformed.isEmpty()) {
            for (int i = 0; i < codes.size(); i++) {
                if (!iscedFields.exists(codes.get(i))) {
                    check.reject("iscedFields[" + i + "]", "invalid.no-such-isced-field",
                            codes.get(i) + " is not an ISCED-F 2013 field", codes.get(i));
                }
            }
        }
        return codes;
    }

    private static List<AcademicYear> academicYears(InputCheck check, List<String> given, LocalDate start,
            LocalDate end) {
        List<AcademicYear> years = new ArrayList<>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            Optional<AcademicYear> year = AcademicYear.parse(list.get(i));
            year.ifPresent(years::add);
            if (year.isEmpty()) {
                check.reject("academicYears[" + i + "]", "invalid.academic-year",
                        "must be an academic year such as 2025/2026");
            }
        }
        if (years.size() == list.size()) {
            report(check, AgreementRules.checkAcademicYears(years, start, end));
        }
        return years;
    }

    private static List<MobilityQuota> quotas(InputCheck check, List<AgreementInput.Quota> given,
            List<AcademicYear> years) {
        List<MobilityQuota> quotas = new ArrayList<>();
        List<AgreementInput.Quota> list = given == null ? List.of() : given;
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            String field = "quotas[" + i + "]";
            AgreementInput.Quota quota = list.get(i);
            if (quota == null) {
                check.reject(field, "is empty");
                complete = false;
                continue;
            }
            Optional<AcademicYear> year = AcademicYear.parse(quota.academicYear());
            if (year.isEmpty()) {
                check.reject(field + ".academicYear", "invalid.academic-year",
                        "must be an academic year such as 2025/2026");
            }
            MobilityDirection direction = check.code(field + ".direction", quota.direction(),
                    MobilityDirection.values(), MobilityDirection::code, true);
            MobilityCategory category = check.code(field + ".category", quota.category(), MobilityCategory.values(),
                    MobilityCategory::code, true);
            if (quota.people() == null) {
                check.reject(field + ".people", "invalid.is-required", "is required");
            }
            if (year.isEmpty() || direction == null || category == null || quota.people() == null) {
                complete = false;
                continue;
            }
            quotas.add(new MobilityQuota(year.get(), direction, category, quota.people(), quota.monthsPerPerson()));
        }
        if (complete) {
            report(check, AgreementRules.checkQuotas(quotas, years));
        }
        return quotas;
    }

    private static LocalDate date(InputCheck check, String field, String given) {
        String text = check.text(field, given, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException malformed) {
            check.reject(field, "invalid.not-a-date", "must be a date such as 2025-09-01", text);
            return null;
        }
    }

    private static void report(InputCheck check, List<Violation> violations) {
        violations.forEach(violation -> check.reject(violation.field(), violation.code(), violation.message(),
                violation.arguments().toArray()));
    }
}
