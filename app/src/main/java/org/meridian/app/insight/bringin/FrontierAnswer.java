package org.meridian.app.insight.bringin;

import java.util.List;

import org.meridian.core.frontier.Emergence;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.YearRange;

/**
 * The frontier of a field (or of the whole world when no field is named): its items with the highest emergence
 * scores and the numbers behind each score.
 *
 * @param minVolume     world works an item needs over the period to be scored
 * @param frontierScore score from which an item is on the frontier
 */
public record FrontierAnswer(YearRange period, FieldLevel itemLevel, double minVolume, double frontierScore,
        FieldRef field, List<Item> items) {

    public FrontierAnswer {
        items = List.copyOf(items);
    }

    /** One scored item; {@code recentPpTop10} is its share of highly cited works over the recent years. */
    public record Item(String id, String name, boolean onFrontier, double recentPpTop10, Emergence emergence) {
    }
}
