package org.meridian.app.insight;

import java.util.Map;
import java.util.Set;

/**
 * Countries (alpha-2) in which an institution has a partner under an agreement active in a year, from the
 * agreements capability. Until agreements are part of Meridian the bean in {@link InsightSeams} answers
 * {@link #available()} false, and coverage by agreements is shown as not yet measured.
 */
public interface AgreementCoverage {

    boolean available();

    /** Per calendar year, the partner countries with an agreement active at some time in that year. */
    Map<Integer, Set<String>> countriesByYear(long tenantId);
}
