package org.meridian.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.meridian.app.InvalidInput;
import org.meridian.app.insight.BalanceReport;
import org.meridian.app.insight.Balances;
import org.meridian.app.insight.CoverageReport;
import org.meridian.app.insight.GroupCoverage;
import org.meridian.app.insight.NationalViewReport;
import org.meridian.app.insight.NationalViews;
import org.meridian.app.insight.ScorecardReport;
import org.meridian.app.insight.ScorecardRequest;
import org.meridian.app.insight.Scorecards;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every table of the insight pages as CSV or XLSX ({@link Downloads}), with the same figures as the page: national
 * view tables, balance, scorecard and coverage. Column headers are in the page's language.
 */
@Controller
class InsightExports {

    private final NationalViews nationalViews;
    private final Balances balances;
    private final Scorecards scorecards;
    private final GroupCoverage coverage;
    private final MessageSource messages;

    InsightExports(NationalViews nationalViews, Balances balances, Scorecards scorecards, GroupCoverage coverage,
            MessageSource messages) {
        this.nationalViews = nationalViews;
        this.balances = balances;
        this.scorecards = scorecards;
        this.coverage = coverage;
        this.messages = messages;
    }

    /** @param table {@code mobility}, {@code outbound}, {@code inbound}, {@code coauthorship} or {@code fields} */
    @GetMapping("/insight/national/{table}/export")
    ResponseEntity<StreamingResponseBody> national(@PathVariable String table,
            @RequestParam(defaultValue = "CN") String country, @RequestParam String format, Locale locale) {
        NationalViewReport view = nationalViews.of(country);
        boolean chinese = chinese(locale);
        List<List<Object>> rows = new ArrayList<>();
        List<String> headers;
        switch (table) {
            case "mobility" -> {
                headers = headers(locale, "insight.year", "insight.inbound", "insight.outbound", "insight.netFlow",
                        "insight.inboundRate", "insight.outboundRatio", "insight.qualifier", "insight.source");
                view.mobility().years().forEach(year -> rows.add(row(year.year(), year.inbound(), year.outbound(),
                        year.netFlow(), year.inboundRatePercent(), year.outboundRatioPercent(),
                        year.inboundQualifier(), "UIS; OWID")));
            }
            case "outbound", "inbound", "coauthorship" -> {
                headers = headers(locale, "insight.year", "insight.rank", "insight.partner", "insight.count",
                        "insight.share", "insight.source");
                if ("coauthorship".equals(table)) {
                    view.coauthorship().years().forEach(year -> addPartners(rows, year.year(), year.top(), chinese,
                            "OpenAlex"));
                } else {
                    NationalViewReport.Partners partners = "outbound".equals(table) ? view.outboundStudentPartners()
                            : view.inboundStudentPartners();
                    partners.years().forEach(year -> addPartners(rows, year.year(), year.top(), chinese, "OECD"));
                }
            }
            case "fields" -> {
                headers = headers(locale, "insight.national.field", "insight.count", "insight.share",
                        "insight.national.worldShare", "insight.national.activityIndex", "insight.source");
                view.fieldActivity().fields().forEach(field -> rows.add(row(field.name(), field.works(),
                        field.share(), field.worldShare(), field.activityIndex(), "OpenAlex")));
            }
            default -> throw InvalidInput.of("table", "must be mobility, outbound, inbound, coauthorship or fields");
        }
        return Downloads.table(view.country().alpha2() + "-" + table, format, headers, rows);
    }

    @GetMapping("/insight/balance/export")
    ResponseEntity<StreamingResponseBody> balance(@RequestParam(defaultValue = "home") String scope,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam String format, Locale locale) {
        BalanceReport report = "country".equals(scope) ? balances.country(country, from, to)
                : balances.home(from, to);
        boolean chinese = chinese(locale);
        List<String> headers = headers(locale, "insight.year", "insight.scope", "insight.channel",
                "insight.bringingIn", "insight.goingGlobal", "insight.balanceIndex", "insight.source");
        List<List<Object>> rows = new ArrayList<>();
        for (BalanceReport.Row row : report.byYear()) {
            row.channels().forEach((channel, counts) -> rows.add(row(row.fromYear(),
                    chinese ? row.scopeNameZh() : row.scopeNameEn(), channel, counts.bringingIn(),
                    counts.goingGlobal(), counts.index(), row.source())));
        }
        return Downloads.table("balance-" + report.unitId(), format, headers, rows);
    }

    @GetMapping("/insight/scorecard/export")
    ResponseEntity<StreamingResponseBody> scorecard(@ModelAttribute ScorecardRequest request,
            @RequestParam String format, Locale locale) {
        ScorecardReport report = scorecards.compute(request, locale);
        List<String> headers = new ArrayList<>(headers(locale, "insight.rank", "insight.unit",
                "insight.composite", "insight.rankLower", "insight.rankMedian", "insight.rankUpper",
                "insight.drivers"));
        List<String> indicators = report.units().isEmpty() ? List.of()
                : List.copyOf(report.units().get(0).raw().keySet());
        headers.addAll(indicators);
        List<List<Object>> rows = new ArrayList<>();
        for (ScorecardReport.UnitRow unit : report.units()) {
            List<Object> row = row(unit.rank(), unit.label(), unit.composite(), unit.lowerRank(), unit.medianRank(),
                    unit.upperRank(), String.join(", ", unit.drivers()));
            indicators.forEach(indicator -> row.add(unit.raw().get(indicator)));
            rows.add(row);
        }
        return Downloads.table("scorecard-" + report.peers(), format, headers, rows);
    }

    @GetMapping("/insight/coverage/export")
    ResponseEntity<StreamingResponseBody> coverage(@RequestParam(defaultValue = "country") String scope,
            @RequestParam(required = false) String country, @RequestParam(required = false) String group,
            @RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam String format, Locale locale) {
        CoverageReport report = coverage.of(scope, country, group, region, from, to);
        boolean chinese = chinese(locale);
        List<String> headers = headers(locale, "insight.country", "insight.region", "insight.coverage.agreement",
                "insight.coverage.mobility", "insight.coverage.copublication", "insight.coverage.measuresCovered");
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageReport.CountryRow row : report.countries()) {
            rows.add(row(chinese ? row.nameZh() : row.nameEn(), row.region(), row.covered().get("agreement"),
                    row.covered().get("mobility"), row.covered().get("copublication"), row.measuresCovered()));
        }
        return Downloads.table("coverage-" + report.group(), format, headers, rows);
    }

    private static void addPartners(List<List<Object>> rows, int year, List<NationalViewReport.Partner> top,
            boolean chinese, String source) {
        for (int rank = 0; rank < top.size(); rank++) {
            NationalViewReport.Partner partner = top.get(rank);
            rows.add(row(year, rank + 1, chinese ? partner.nameZh() : partner.nameEn(), partner.count(),
                    partner.share(), source));
        }
    }

    private List<String> headers(Locale locale, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(messages.getMessage(key, null, key, locale));
        }
        return headers;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
