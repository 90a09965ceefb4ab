package org.meridian.app.agreements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.meridian.core.agreements.AcademicYear;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.MobilityQuota;
import org.meridian.core.agreements.PartyRole;

/**
 * A cooperation agreement between the home institution and one or more partners.
 *
 * @param statusSince the day the agreement entered its current status
 * @param endDate last day in force; null for an open-ended agreement, which never expires
 * @param homeRole the home institution's role as a party
 * @param homeSignatory who signs for the home institution, e.g. "Prof. Li Wei, Vice-President"
 * @param parties the partners, in the order given
 * @param iscedFields ISCED-F 2013 codes of 2, 3 or 4 digits
 * @param predecessorId the agreement this one renews, if any
 * @param successorId the agreement that renews this one, if any
 * @param version optimistic-locking version; send it back with an update
 */
public record Agreement(long id, String title, AgreementType type, AgreementStatus status, LocalDate statusSince,
        LocalDate signingDate, LocalDate startDate, LocalDate endDate, PartyRole homeRole, String homeSignatory,
        List<AgreementParty> parties, List<String> iscedFields, List<AcademicYear> academicYears,
        List<MobilityQuota> quotas, Long predecessorId, Long successorId, String notes, LocalDateTime createdAt,
        LocalDateTime updatedAt, int version) {

    Agreement with(List<AgreementParty> parties, List<String> iscedFields, List<AcademicYear> academicYears,
            List<MobilityQuota> quotas) {
        return new Agreement(id, title, type, status, statusSince, signingDate, startDate, endDate, homeRole,
                homeSignatory, List.copyOf(parties), List.copyOf(iscedFields), List.copyOf(academicYears),
                List.copyOf(quotas), predecessorId, successorId, notes, createdAt, updatedAt, version);
    }
}
