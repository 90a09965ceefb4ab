// Charts of the insight pages (ECharts). Each element with data-chart reads its figures from the API address in
// data-api (the same figures as the tables beside it) and draws one kind of chart; labels come from data-label-*
// attributes (the page's language). The world map is drawn only if /geo/world.zh.json is installed; otherwise the
// page keeps its table and says so. A click on a chart's point, box or country opens the records or statistics
// behind it (links() below); once every chart has been drawn (or given up) the body carries data-charts-drawn.
(function () {
  "use strict";

  var cache = {};
  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); });
    }
    return cache[url];
  }

  function name(item, language) { return language === "zh" ? item.nameZh : item.nameEn; }

  function draw(element, option, link) {
    var chart = echarts.init(element);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
    if (link) {
      chart.on("click", function (params) {
        var url = link(params);
        if (url) { window.location.href = url; }
      });
    }
  }

  function query(values) {
    return Object.keys(values).map(function (key) {
      return encodeURIComponent(key) + "=" + encodeURIComponent(values[key]);
    }).join("&");
  }

  // Where a click leads: the records of the home institution, or the national view of a country.
  var links = {
    nationalView: function (alpha2) { return "/insight/national?" + query({ country: alpha2 }); },
    // Balance channels of the home institution in one year (the first calendar year of the academic year).
    balance: function (channel, year) {
      switch (channel) {
        case "students": return "/mobility?" + query({ category: "student", yearFrom: year, yearTo: year });
        case "staff-and-scholars": return "/mobility?" + query({ yearFrom: year, yearTo: year });
        case "governance": case "programmes":
          return "/engagements?" + query({ from: year + "-01-01", to: year + "-12-31" });
        case "research": return "/indicators";
        default: return "/mobility?" + query({ yearFrom: year, yearTo: year });
      }
    },
    coverage: function (report, measure, year, alpha2) {
      if (report.scope === "country") { return links.nationalView(alpha2 || report.unitId); }
      var country = alpha2 ? { country: alpha2 } : {};
      switch (measure) {
        case "agreement": return "/agreements?" + query(Object.assign({ status: "active,expiring" }, country));
        case "copublication": return "/indicators";
        default:
          return "/mobility?" + query(Object.assign(year ? { yearFrom: year, yearTo: year } : {}, country));
      }
    }
  };

  function lines(categories, series) {
    return {
      tooltip: { trigger: "axis" }, legend: { type: "scroll" }, grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: categories }, yAxis: { type: "value" },
      series: series.map(function (s) { return { name: s.name, type: "line", data: s.data, connectNulls: false }; })
    };
  }

  var charts = {
    "national-mobility": function (element, view) {
      var rows = view.mobility.years;
      draw(element, lines(rows.map(function (r) { return r.year; }), [
        { name: element.dataset.labelInbound, data: rows.map(function (r) { return r.inbound; }) },
        { name: element.dataset.labelOutbound, data: rows.map(function (r) { return r.outbound; }) },
        { name: element.dataset.labelNet, data: rows.map(function (r) { return r.netFlow; }) }]),
        function () { return "/insight/statistics"; });
    },
    // Counts of the five largest partners of the latest year, over all years.
    "partners": function (element, view) {
      var section = view[element.dataset.section];
      var rows = section.years.filter(function (r) { return r.year >= 2000; });
      if (rows.length === 0) { element.hidden = true; return; }
      var latest = rows[rows.length - 1].top.slice(0, 5);
      draw(element, lines(rows.map(function (r) { return r.year; }), latest.map(function (partner) {
        return {
          name: name(partner, element.dataset.language),
          data: rows.map(function (r) {
            var found = r.top.filter(function (p) { return p.alpha2 === partner.alpha2; })[0];
            return found ? found.count : null;
          })
        };
      })), function (params) { return links.nationalView(latest[params.seriesIndex].alpha2); });
    },
    "field-activity": function (element, view) {
      var rows = view.fieldActivity.fields.filter(function (f) { return f.activityIndex !== null; });
      draw(element, {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: "value" },
        yAxis: { type: "category", inverse: true, axisLabel: { interval: 0 },
          data: rows.map(function (f) { return f.name; }) },
        series: [{ type: "bar", name: element.dataset.labelActivity,
          data: rows.map(function (f) { return f.activityIndex; }),
          // 1 is the world's profile: bars past the line are the fields the country specialises in
          markLine: { symbol: "none", silent: true, data: [{ xAxis: 1 }], label: { show: false } } }]
      });
    },
    "balance-years": function (element, report) {
      var rows = report.byYear.filter(function (r) { return r.scopeKind === "all"; });
      var years = rows.map(function (r) { return r.fromYear; });
      var series = report.channels.map(function (channel) {
        return {
          name: name(channel, element.dataset.language),
          data: rows.map(function (r) { var c = r.channels[channel.channel]; return c ? c.index : null; })
        };
      });
      series.push({ name: element.dataset.labelOverall, data: rows.map(function (r) { return r.overall; }) });
      var option = lines(years, series);
      option.yAxis.min = -1;
      option.yAxis.max = 1;
      draw(element, option, function (params) {
        var channel = report.channels[params.seriesIndex];
        return links.balance(channel ? channel.channel : "all", years[params.dataIndex]);
      });
    },
    // Median rank with its 5-95 % interval as a box (boxplot of lower, lower, median, upper, upper); best 40 and home.
    "rank-intervals": function (element, report) {
      var units = report.units.filter(function (u, index) { return u.rank !== null && (index < 40 || u.home); });
      draw(element, {
        tooltip: { trigger: "item" }, grid: { left: 160, right: 20, top: 20, bottom: 30 },
        yAxis: { type: "category", inverse: true, data: units.map(function (u) { return u.label; }) },
        xAxis: { type: "value", name: element.dataset.labelRank, min: 1 },
        series: [{
          name: element.dataset.labelInterval, type: "boxplot",
          data: units.map(function (u) { return [u.lowerRank, u.lowerRank, u.medianRank, u.upperRank, u.upperRank]; }),
          itemStyle: { borderColor: "#1f5fa8" }
        }, {
          name: element.dataset.labelRank, type: "scatter", symbolSize: 7,
          data: units.map(function (u, index) { return [u.rank, index]; }),
          itemStyle: { color: function (p) { return units[p.dataIndex].home ? "#c0392b" : "#333"; } }
        }]
      }, function (params) {
        var unit = units[params.dataIndex];
        if (report.peers === "countries") { return links.nationalView(unit.id); }
        return unit.home ? "/going-global" : null;
      });
    },
    "coverage-trend": function (element, report) {
      var measures = report.measures.filter(function (m) { return m.available; });
      draw(element, lines(report.years.map(function (y) { return y.year; }), measures.map(function (m) {
        return { name: name(m, element.dataset.language), data: report.years.map(function (y) { return y.shares[m.id]; }) };
      })), function (params) {
        return links.coverage(report, measures[params.seriesIndex].id, report.years[params.dataIndex].year, null);
      });
    },
    "coverage-map": function (element, report) {
      var missing = element.parentNode.querySelector("[data-map-missing]");
      var url = element.dataset.geo;
      return fetch(url, { method: "HEAD", credentials: "same-origin" }).then(function (head) {
        if (!head.ok) { throw new Error("no map"); }
        return fetch(url, { credentials: "same-origin" }).then(function (response) { return response.json(); });
      }).then(function (geo) {
        var property = ["iso_a2", "ISO_A2", "alpha2", "iso_a3", "ISO_A3", "name"].filter(function (key) {
          return geo.features && geo.features[0] && geo.features[0].properties && key in geo.features[0].properties;
        })[0] || "name";
        echarts.registerMap("world", geo);
        var key = function (c) {
          if (property.toLowerCase().indexOf("a2") >= 0 || property === "alpha2") { return c.alpha2; }
          if (property.toLowerCase().indexOf("a3") >= 0) { return c.alpha3; }
          return element.dataset.language === "zh" ? c.nameZh : c.nameEn;
        };
        draw(element, {
          tooltip: { trigger: "item" },
          visualMap: { min: 0, max: report.measures.filter(function (m) { return m.available; }).length, calculable: true },
          series: [{ type: "map", map: "world", nameProperty: property, roam: true,
            data: report.countries.map(function (c) { return { name: key(c), value: c.measuresCovered, alpha2: c.alpha2 }; }) }]
        }, function (params) {
          return params.data ? links.coverage(report, "mobility", null, params.data.alpha2) : null;
        });
      }).catch(function () {
        element.hidden = true;
        if (missing) { missing.hidden = false; }
      });
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof echarts === "undefined") { return; }
    var drawing = [];
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var draw = charts[element.dataset.chart];
      if (!draw) { return; }
      drawing.push(load(element.dataset.api).then(function (data) { return draw(element, data); })
        .catch(function () { element.hidden = true; }));
    });
    Promise.all(drawing).then(function () { document.body.setAttribute("data-charts-drawn", "true"); });
  });
})();
