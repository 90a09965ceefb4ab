package org.meridian.app.web.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the dashboard's charts as JSON for {@code static/js/dashboard.js}, embedded in the page: per
 * figure the labels and, per direction, the value and the link of each bar; for the map, each country's
 * total (keyed by ISO alpha-2, which the world geometry carries as {@code iso_a2}). Safe inside a
 * {@code <script>} element ({@code </} is escaped).
 */
final class DashboardCharts {

    /** Where the world map's geometry is served; the page does without the map when it is missing. */
    static final String WORLD_GEOMETRY = "/geo/world.zh.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DashboardCharts() {
    }

    static String json(MobilityFigures figures, String inbound, String outbound, String mapUnavailable) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("series", Map.of("inbound", inbound, "outbound", outbound));
        charts.put("byYear", bars(figures.byYear()));
        charts.put("byCountry", bars(figures.topCountries()));
        charts.put("byRegion", bars(figures.byRegion()));
        charts.put("byGroup", bars(figures.byGroup()));
        charts.put("byField", bars(figures.byField()));
        charts.put("map", Map.of("geometry", WORLD_GEOMETRY, "unavailable", mapUnavailable, "countries",
                figures.byCountry().stream().map(bar -> Map.of("name", bar.key(), "label", bar.label(), "value",
                        bar.total(), "link", bar.link())).toList()));
        return JSON.writeValueAsString(charts).replace("</", "<\\/");
    }

    private static Map<String, Object> bars(List<FigureBar> bars) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", bars.stream().map(FigureBar::label).toList());
        chart.put("inbound", bars.stream().map(bar -> point(bar.inbound(), bar.inboundLink())).toList());
        chart.put("outbound", bars.stream().map(bar -> point(bar.outbound(), bar.outboundLink())).toList());
        return chart;
    }

    private static Map<String, Object> point(long value, String link) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("value", value);
        point.put("link", link);
        return point;
    }
}
