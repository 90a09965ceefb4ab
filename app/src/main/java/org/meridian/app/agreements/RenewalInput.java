package org.meridian.app.agreements;

import java.util.List;

/**
 * What renewing an agreement needs: the successor's dates and, optionally, a new title, academic years and
 * quotas. Type, parties, fields and signatories are carried over from the predecessor.
 *
 * @param status draft (the default) or active
 * @param version the predecessor's version read; optional, checked when given
 */
public record RenewalInput(String title, String status, String signingDate, String startDate, String endDate,
        List<String> academicYears, List<AgreementInput.Quota> quotas, Integer version) {
}
