package org.meridian.app.agreements;

import java.time.LocalDate;
import java.util.Set;

import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;

/**
 * Which agreements a list shows; null (or empty) values match everything.
 *
 * @param text part of the title or of a partner's English or Chinese name
 * @param statuses any of these statuses
 * @param partnerId agreements with this partner as a party
 * @param country agreements with a partner in this country (ISO alpha-2)
 * @param iscedCode agreements covering this ISCED-F field: listing it, a narrower field within it, or a broader
 *        field containing it
 * @param expiringWithinDays agreements in force whose end date is between today and today plus this many days
 * @param inForceOn agreements in force on this day: started, not ended, and active, expiring, expired, renewed,
 *        or terminated only after that day
 */
public record AgreementFilter(String text, AgreementType type, Set<AgreementStatus> statuses, Long partnerId,
        String country, String iscedCode, Integer expiringWithinDays, LocalDate inForceOn) {

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, Set.of(), null, null, null, null, null);
    }
}
