package org.meridian.app.insight;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.balance.ChannelFlow;

/**
 * What the analytics store of publications will tell about an institution: internationally co-authored works led
 * at home versus led by the partner (research channel of the balance), co-author countries per year (coverage) and
 * the publication indicators of the scorecard. Until the store is part of Meridian the bean in
 * {@link InsightSeams} answers {@link #available()} false: the research channel and the publication indicators are
 * missing (handled by the scorecard's missing-value policy), not 0.
 */
public interface ScholarlyFigures {

    boolean available();

    /**
     * Flows of channel {@link org.meridian.core.balance.Channel#RESEARCH}: bringing in = internationally co-authored
     * works whose corresponding author is at home, going global = those whose corresponding author is abroad.
     */
    List<ChannelFlow> researchFlows(long tenantId);

    /** Per publication year, the countries of the institution's co-authors abroad. */
    Map<Integer, Set<String>> coauthorCountriesByYear(long tenantId);

    /**
     * Per institution (tenant id), values of scorecard indicators computed from publications, e.g.
     * {@code intl_coauthored_share}, {@code mncs}, {@code pp_top10}, {@code pp_int_collab_led}.
     */
    Map<Long, Map<String, Double>> indicatorsByTenant(Set<Long> tenantIds);
}
