package org.meridian.core.balance;

import java.util.Objects;

/**
 * Counts of one channel in one year with one partner country, both sides counted the same way (heads, works,
 * programmes or engagements).
 *
 * @param partnerCountry ISO 3166-1 alpha-2 code of the partner country, or null when the counts are not attributed
 *                       to a partner (e.g. national totals); such flows count in the totals only
 */
public record ChannelFlow(Channel channel, int year, String partnerCountry, long bringingIn, long goingGlobal) {

    public ChannelFlow {
        Objects.requireNonNull(channel, "channel");
        if (bringingIn < 0 || goingGlobal < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + bringingIn + ", " + goingGlobal);
        }
    }
}
