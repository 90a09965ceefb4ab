package org.meridian.app.agreements;

import java.util.List;

/**
 * An agreement as a caller sends it to create or update one. Codes and dates are text, checked with one
 * message per invalid field; dates are ISO ({@code 2025-09-01}).
 *
 * @param type mou, student-exchange, staff-exchange, joint-degree, joint-institute, research-cooperation or
 *        short-programme
 * @param status on creation only: draft (the default), negotiating or active; later through transitions
 * @param homeRole coordinator, partner (the default) or associate
 * @param academicYears e.g. {@code 2025/2026}
 * @param version the version read; required to update
 */
public record AgreementInput(String title, String type, String status, String signingDate, String startDate,
        String endDate, String homeRole, String homeSignatory, List<Party> parties, List<String> iscedFields,
        List<String> academicYears, List<Quota> quotas, String notes, Integer version) {

    /** @param role coordinator, partner (the default) or associate */
    public record Party(Long partnerId, String role, String signatory) {
    }

    /**
     * @param direction inbound or outbound
     * @param category student or staff
     * @param monthsPerPerson optional, 1 to 60
     */
    public record Quota(String academicYear, String direction, String category, Integer people,
            Integer monthsPerPerson) {
    }
}
