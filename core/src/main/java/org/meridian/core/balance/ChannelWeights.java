package org.meridian.core.balance;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Weights of the channels in the overall balance index: the overall index is the weighted mean of the channel
 * indices that are defined, the weights renormalised over those channels; undefined when no channel has a flow.
 * Each channel counts equally by default (the index of a channel is already a ratio, so a big channel does not
 * swamp a small one).
 */
public record ChannelWeights(Map<Channel, Double> weights) {

    public ChannelWeights {
        weights = Map.copyOf(weights);
        weights.forEach((channel, weight) -> {
            if (weight == null || !Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("weight of " + channel + " must be finite and >= 0: " + weight);
            }
        });
    }

    public static ChannelWeights equal() {
        Map<Channel, Double> weights = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            weights.put(channel, 1.0);
        }
        return new ChannelWeights(weights);
    }

    public double weight(Channel channel) {
        return weights.getOrDefault(channel, 0.0);
    }

    /** The weighted mean of the defined channel indices. */
    public OptionalDouble overall(Map<Channel, Balance> channels) {
        double sum = 0;
        double weightSum = 0;
        for (Map.Entry<Channel, Balance> entry : channels.entrySet()) {
            OptionalDouble index = entry.getValue().index();
            double weight = weight(entry.getKey());
            if (index.isPresent() && weight > 0) {
                sum += weight * index.getAsDouble();
                weightSum += weight;
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weightSum);
    }
}
