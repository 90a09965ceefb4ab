package org.meridian.core.statistics;

import java.util.OptionalDouble;

/**
 * A country's internationally mobile tertiary students in one year, on UIS definitions.
 *
 * @param inbound              students from abroad enrolled in the country (UIS 26637)
 * @param netFlow              inbound minus outbound (UIS MENF.5T8)
 * @param outbound             the country's students enrolled abroad, derived as {@code inbound - netFlow}; present
 *                             only when both are
 * @param inboundQualifier     how UIS qualifies the inbound value, null when absent
 * @param netFlowQualifier     how UIS qualifies the net flow, null when absent
 * @param inboundRatePercent   published inbound mobility rate (% of the country's tertiary enrolment)
 * @param outboundRatioPercent published outbound mobility ratio (% of the country's tertiary enrolment)
 */
public record MobilityYear(int year, OptionalDouble inbound, OptionalDouble netFlow, OptionalDouble outbound,
        UisQualifier inboundQualifier, UisQualifier netFlowQualifier, OptionalDouble inboundRatePercent,
        OptionalDouble outboundRatioPercent) {
}
