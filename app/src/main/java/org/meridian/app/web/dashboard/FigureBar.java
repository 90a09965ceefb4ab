package org.meridian.app.web.dashboard;

/**
 * One bar (or point) of a dashboard figure: a group's inbound and outbound counts and the mobility lists
 * behind them. A link is null where the list cannot be narrowed to the group (country groups, for now).
 *
 * @param key the group's code (country, region, ISCED-F broad field, academic year, country group)
 */
public record FigureBar(String key, String label, long inbound, long outbound, String inboundLink,
        String outboundLink, String link) {

    public long total() {
        return inbound + outbound;
    }
}
