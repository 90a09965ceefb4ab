package org.meridian.app.insight;

import java.util.List;
import java.util.Map;

/**
 * The bringing-in / going-global balance of a home institution or a country, as the API returns it. The balance
 * index of a channel is {@code (in - out) / (in + out)} in [-1, 1] (+1 only bringing in, -1 only going global, null
 * without any flow); the overall index is the mean of the defined channel indices, each channel weighing the same.
 * Raw counts stand beside every index.
 *
 * @param scope    {@code home} or {@code country}
 * @param unitId   the tenant id or the country's alpha-2 code
 * @param period   one row per scope (all partners, each partner country, each group) summed over the years
 * @param byYear   the same rows per year
 * @param notes    which sides are not yet measured and other caveats: each note's English {@code text}, its message
 *                 {@code code} ({@code insight.balance.note.*}) and the message's {@code arguments}
 */
public record BalanceReport(String scope, String unitId, String unitName, Integer fromYear, Integer toYear,
        List<ChannelInfo> channels, List<Row> period, List<Row> byYear, List<InsightNote> notes) {

    /**
     * What a channel counts on each side and where the counts come from.
     *
     * @param measured false when a side has no source yet: its counts are absent, not 0
     */
    public record ChannelInfo(String channel, String nameEn, String nameZh, String bringingInEn,
            String bringingInZh, String goingGlobalEn, String goingGlobalZh, String source, boolean measured) {
    }

    /**
     * @param scopeKind {@code all}, {@code country} (partner country) or {@code group} (OECD, BRI)
     * @param source    the records or statistics the counts come from
     * @param channels  raw counts and index by channel code
     * @param overall   weighted mean of the defined channel indices, null if none is defined
     */
    public record Row(int fromYear, int toYear, String scopeKind, String scopeId, String scopeNameEn,
            String scopeNameZh, String source, Map<String, Counts> channels, Double overall) {
    }

    public record Counts(long bringingIn, long goingGlobal, Double index) {
    }
}
