// The indicator explorer: strategic map, trend chart and a sortable table, drawn from the JSON the page embeds.
(function () {
  "use strict";

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent || "[]") : [];
  }

  function unitLabel(row) {
    return row.unit_name || row.unit_id;
  }

  function byUnit(rows) {
    var units = {};
    rows.forEach(function (row) {
      var key = row.unit_type + ":" + row.unit_id;
      (units[key] = units[key] || { name: unitLabel(row), rows: [] }).rows.push(row);
    });
    return Object.keys(units).map(function (key) { return units[key]; });
  }

  function drawStrategicMap(element, rows) {
    var chart = echarts.init(element);
    var maxP = Math.max.apply(null, rows.map(function (row) { return row.p; }).concat([1]));
    chart.setOption({
      tooltip: {
        formatter: function (point) {
          var d = point.data;
          return point.seriesName + "<br>" + d[3] + "<br>" + element.dataset.xLabel + ": " + d[0].toFixed(2)
            + "<br>" + element.dataset.yLabel + ": " + d[1].toFixed(2) + "<br>p: " + d[2].toFixed(1);
        }
      },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 40 },
      xAxis: { name: element.dataset.xLabel, nameLocation: "middle", nameGap: 25, scale: true },
      yAxis: { name: element.dataset.yLabel, scale: true },
      series: byUnit(rows).map(function (unit, index) {
        return {
          name: unit.name,
          type: "scatter",
          data: unit.rows.map(function (row) {
            return [row.activity_index, row.mncs, row.p, row.field_name || row.field_id];
          }),
          symbolSize: function (value) { return 6 + 40 * Math.sqrt(value[2] / maxP); },
          markLine: index === 0 ? {
            silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#8793a3" },
            data: [{ xAxis: 1 }, { yAxis: 1 }]
          } : undefined
        };
      })
    });
    return chart;
  }

  function drawTrend(element, rows, indicator) {
    var chart = echarts.getInstanceByDom(element) || echarts.init(element);
    var years = Array.from(new Set(rows.map(function (row) { return row.period_from; }))).sort();
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: years.map(String) },
      yAxis: { type: "value", scale: true },
      series: byUnit(rows).map(function (unit) {
        var values = {};
        unit.rows.forEach(function (row) { values[row.period_from] = row[indicator]; });
        return {
          name: unit.name, type: "line", connectNulls: false,
          data: years.map(function (year) { return year in values ? values[year] : null; })
        };
      })
    }, true);
    return chart;
  }

  function makeSortable(table) {
    table.querySelectorAll("thead th").forEach(function (header, column) {
      header.tabIndex = 0;
      header.setAttribute("aria-sort", "none");
      var sort = function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column], y = b.cells[column];
          var result = x.dataset.value !== undefined
            ? Number(x.dataset.value) - Number(y.dataset.value)
            : x.textContent.localeCompare(y.textContent);
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var rows = readJson("indicator-rows");
    var trend = readJson("indicator-trend");
    var charts = [];
    var map = document.getElementById("strategic-map");
    if (map && window.echarts) {
      charts.push(drawStrategicMap(map, rows));
    }
    var trendElement = document.getElementById("trend-chart");
    var choice = document.getElementById("trend-indicator");
    if (trendElement && choice && window.echarts) {
      charts.push(drawTrend(trendElement, trend, choice.value));
      choice.addEventListener("change", function () { drawTrend(trendElement, trend, choice.value); });
    }
    window.addEventListener("resize", function () { charts.forEach(function (chart) { chart.resize(); }); });
    document.querySelectorAll("table.sortable").forEach(makeSortable);
  });
})();
