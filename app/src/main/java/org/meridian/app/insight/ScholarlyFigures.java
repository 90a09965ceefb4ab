package org.meridian.app.insight;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.balance.ChannelFlow;

/**
 * What the analytics store of publications tells about an institution: internationally co-authored works led at
 * home versus led by the partner (research channel of the balance), co-author countries per year (coverage) and the
 * publication indicators of the scorecard. An institution without an OpenAlex id, or whose works the store does not
 * hold, has no publication data: the research channel, the co-publication coverage and the publication indicators
 * are then missing (handled by the scorecard's missing-value policy), never 0.
 */
public interface ScholarlyFigures {

    /** The publication figures of one institution (tenant id); {@link Publications#measured()} false without data. */
    Publications publications(long tenantId);

    /**
     * Per institution (tenant id) with publication data, values of scorecard indicators computed from its works of
     * {@code fromYear..toYear} (null: every year held): {@code intl_coauthored_share}, {@code mncs},
     * {@code pp_top10}, {@code pp_int_collab_led} (only with internationally co-authored works). Institutions without
     * publication data are not keys.
     */
    Map<Long, Map<String, Double>> indicatorsByTenant(Set<Long> tenantIds, Integer fromYear, Integer toYear);

    /**
     * One institution's publication figures.
     *
     * @param institutionId           the OpenAlex institution id read, null when the institution has none
     * @param works                   its works counted (articles and reviews with a year and a primary topic)
     * @param internationalWorks      those with authors in at least two countries (Hong Kong and Macao as China)
     * @param researchFlows           flows of channel {@link org.meridian.core.balance.Channel#RESEARCH}: bringing
     *                                in = international works with a corresponding author at home, going global =
     *                                those with the corresponding author abroad and none at home; per year, with
     *                                the partner country when the work has exactly one country abroad
     * @param coauthorCountriesByYear per publication year, the countries of its co-authors abroad
     * @param note                    why there is no data, or what the figures are read from
     *                                ({@code insight.publications.*})
     */
    record Publications(String institutionId, long works, long internationalWorks, List<ChannelFlow> researchFlows,
            Map<Integer, Set<String>> coauthorCountriesByYear, InsightNote note) {

        public boolean measured() {
            return works > 0;
        }

        static Publications none(String institutionId, InsightNote note) {
            return new Publications(institutionId, 0, 0, List.of(), Map.of(), note);
        }
    }
}
