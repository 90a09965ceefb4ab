package org.meridian.core.balance;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The balance of one scope over a period of years (one year when {@code fromYear == toYear}).
 *
 * @param channels the raw counts and index per channel that has any flow record in the scope and period
 * @param overall  the weighted mean of the defined channel indices ({@link ChannelWeights})
 */
public record BalanceRow(int fromYear, int toYear, BalanceScope scope, Map<Channel, Balance> channels,
        OptionalDouble overall) {

    public BalanceRow {
        channels = Map.copyOf(channels);
    }

    public Balance channel(Channel channel) {
        return channels.getOrDefault(channel, Balance.NONE);
    }
}
