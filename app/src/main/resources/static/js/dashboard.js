// The dashboard's charts (Apache ECharts), drawn from the JSON the page embeds in #dashboard-data. Every bar,
// point and country links to the list behind it. The tables under the charts hold the same figures, so the
// page is complete without JavaScript; the world map is left out when its geometry cannot be loaded.
(function () {
  "use strict";

  var palette = { inbound: "#1f6f43", outbound: "#1f4e8c" };

  function open(params) {
    if (params.data && params.data.link) { window.location.href = params.data.link; }
  }

  function barOption(chart, names, type) {
    var horizontal = type !== "line" && chart.labels.length > 6;
    var categories = { type: "category", data: chart.labels, axisLabel: { interval: 0, width: 110, overflow: "truncate" } };
    var values = { type: "value", minInterval: 1 };
    function series(direction) {
      return {
        name: names[direction], type: type === "line" ? "line" : "bar", stack: type === "line" ? null : "all",
        data: chart[direction], itemStyle: { color: palette[direction] }, emphasis: { focus: "series" },
        cursor: "pointer"
      };
    }
    return {
      aria: { enabled: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? Object.assign({}, categories, { inverse: true }) : values,
      series: [series("inbound"), series("outbound")]
    };
  }

  function drawMap(element, map) {
    var fallback = element.parentElement.querySelector("[data-map-fallback]");
    fetch(map.geometry, { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (geometry) {
        echarts.registerMap("world", geometry);
        var max = map.countries.reduce(function (most, country) { return Math.max(most, country.value); }, 1);
        var chart = echarts.init(element);
        chart.setOption({
          aria: { enabled: true },
          tooltip: { trigger: "item", formatter: function (p) { return p.data ? p.data.label + ": " + p.data.value : p.name; } },
          visualMap: { min: 0, max: max, left: 8, bottom: 8, calculable: true, inRange: { color: ["#dbe7f5", "#1f4e8c"] } },
          series: [{ type: "map", map: "world", nameProperty: "iso_a2", roam: true, data: map.countries,
                     emphasis: { label: { show: false } }, cursor: "pointer" }]
        });
        chart.on("click", open);
        window.addEventListener("resize", function () { chart.resize(); });
      })
      .catch(function () {
        element.hidden = true;
        fallback.textContent = map.unavailable;
        fallback.hidden = false;
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var source = document.getElementById("dashboard-data");
    if (!source || typeof echarts === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var name = element.getAttribute("data-chart");
      if (name === "map") { drawMap(element, data.map); return; }
      var chart = echarts.init(element);
      chart.setOption(barOption(data[name], data.series, element.getAttribute("data-chart-type")));
      chart.on("click", open);
      window.addEventListener("resize", function () { chart.resize(); });
    });
    document.body.setAttribute("data-charts-drawn", "true");
  });
})();
