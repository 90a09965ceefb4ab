package org.meridian.app.agreements;

import java.time.LocalDate;
import java.util.List;

import org.meridian.core.agreements.AcademicYear;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.MobilityQuota;
import org.meridian.core.agreements.PartyRole;

/** An agreement's terms after validation: trimmed, parsed, every rule kept. {@code status} is for creation. */
record AgreementTerms(String title, AgreementType type, AgreementStatus status, LocalDate signingDate,
        LocalDate startDate, LocalDate endDate, PartyRole homeRole, String homeSignatory, List<PartyTerm> parties,
        List<String> iscedFields, List<AcademicYear> academicYears, List<MobilityQuota> quotas, String notes) {

    record PartyTerm(long partnerId, PartyRole role, String signatory) {
    }

    /** The successor's terms: the predecessor's type, parties, fields and signatories with new dates and quotas. */
    static AgreementTerms successorOf(Agreement predecessor, String title, AgreementStatus status, LocalDate signing,
            LocalDate start, LocalDate end, List<AcademicYear> years, List<MobilityQuota> quotas) {
        return new AgreementTerms(title == null ? predecessor.title() : title, predecessor.type(), status, signing,
                start, end, predecessor.homeRole(), predecessor.homeSignatory(),
                predecessor.parties().stream()
                        .map(party -> new PartyTerm(party.partnerId(), party.role(), party.signatory())).toList(),
                predecessor.iscedFields(), years, quotas, null);
    }
}
