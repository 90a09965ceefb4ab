package org.meridian.app.scholarly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meridian.app.InvalidInput;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorCsv;
import org.meridian.core.indicators.IndicatorJson;
import org.meridian.core.indicators.IndicatorRow;
import org.meridian.core.indicators.UnitType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator explorer: units side by side (the user's institution, countries, country groups, the world) at a
 * field level over a period, as a table of every indicator, a strategic map (activity index × MNCS, bubble =
 * p), a trend of one indicator by year, and a CSV of the table. Every choice lives in the URL.
 */
@Controller
class IndicatorsPage {

    static final List<String> TREND_INDICATORS = List.of("p", "pp_collab", "pp_int_collab", "pp_industry", "mcs",
            "mncs", "pp_top10", "pp_int_collab_led");

    /** The indicator columns of the table, in order. */
    static final List<String> TABLE_COLUMNS = List.of("p", "p_collab", "pp_collab", "p_int_collab",
            "pp_int_collab", "p_industry", "pp_industry", "tcs", "mcs", "tncs", "mncs", "p_top10", "pp_top10",
            "pp_int_collab_led", "activity_index");

    private final ScholarlyEvidence evidence;
    private final Tenancy tenancy;
    private final Tenants tenants;

    IndicatorsPage(ScholarlyEvidence evidence, Tenancy tenancy, Tenants tenants) {
        this.evidence = evidence;
        this.tenancy = tenancy;
        this.tenants = tenants;
    }

    @GetMapping("/indicators")
    String explore(@RequestParam(name = "unit", required = false) List<String> unit,
            @RequestParam(required = false) String fieldLevel, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) String counting,
            @RequestParam(required = false) String indicator, Model model) {
        String language = language();
        ScholarlyWorks works = evidence.works();
        model.addAttribute("empty", works.isEmpty());
        model.addAttribute("totals", works.totals());
        if (works.isEmpty()) {
            return "scholarly/indicators";
        }
        Optional<String> myInstitution = myInstitution();
        ExplorerUnits units = ExplorerUnits.parse(unit == null ? defaultUnits(myInstitution) : unit);
        int first = from != null ? from : Math.max(works.firstYear(), works.lastYear() - 3);
        int last = to != null ? to : works.lastYear();
        IndicatorRequest request;
        try {
            request = IndicatorRequest.parse(null, null, blank(fieldLevel) ? "field" : fieldLevel,
                    Math.min(first, last), Math.max(first, last), counting, null, false, null, null);
        } catch (InvalidInput invalid) {
            request = IndicatorRequest.parse(null, null, "field", Math.min(first, last), Math.max(first, last),
                    null, null, false, null, null);
            model.addAttribute("problem", invalid.errors().get(0).message());
        }
        List<IndicatorRow> rows = rows(units, request, language, false);
        List<IndicatorRow> trend = rows(units, request.atLevel(FieldLevel.ALL), language, true);
        model.addAttribute("units", units.tokens());
        model.addAttribute("myInstitution", myInstitution.map(id -> ExplorerUnits.token(UnitType.INSTITUTION, id))
                .orElse(null));
        model.addAttribute("myInstitutionName", myInstitution.flatMap(evidence::institutionName).orElse(null));
        model.addAttribute("groups", evidence.countryGroupNames(language));
        model.addAttribute("countries", countries(language));
        model.addAttribute("fieldLevels", FieldLevel.values());
        model.addAttribute("fieldLevel", request.fieldLevel().label());
        model.addAttribute("counting", request.counting().label());
        model.addAttribute("from", request.from());
        model.addAttribute("to", request.to());
        model.addAttribute("firstYear", works.firstYear());
        model.addAttribute("lastYear", works.lastYear());
        model.addAttribute("indicators", TREND_INDICATORS);
        model.addAttribute("indicator", indicator != null && TREND_INDICATORS.contains(indicator) ? indicator : "mncs");
        model.addAttribute("tableColumns", TABLE_COLUMNS);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsJson", scriptSafe(IndicatorJson.toJson(rows)));
        model.addAttribute("trendJson", scriptSafe(IndicatorJson.toJson(trend)));
        return "scholarly/indicators";
    }

    @GetMapping("/indicators/export.csv")
    ResponseEntity<String> export(@RequestParam(name = "unit", required = false) List<String> unit,
            @RequestParam(required = false) String fieldLevel, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) String counting) {
        IndicatorRequest request = IndicatorRequest.parse(null, null, blank(fieldLevel) ? "field" : fieldLevel,
                from, to, counting, null, false, null, null);
        ExplorerUnits units = ExplorerUnits.parse(unit == null ? defaultUnits(myInstitution()) : unit);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.csv\"")
                .body(IndicatorCsv.toCsv(rows(units, request, language(), false)));
    }

    private List<IndicatorRow> rows(ExplorerUnits units, IndicatorRequest request, String language, boolean trend) {
        List<IndicatorRow> rows = new ArrayList<>();
        units.byType().forEach((type, ids) -> rows.addAll(evidence.indicators(request.forUnits(type, ids), language,
                trend)));
        return rows;
    }

    private List<String> defaultUnits(Optional<String> myInstitution) {
        List<String> units = new ArrayList<>();
        myInstitution.ifPresent(id -> units.add(ExplorerUnits.token(UnitType.INSTITUTION, id)));
        units.add(ExplorerUnits.token(UnitType.COUNTRY, "CN"));
        units.add("world");
        return units;
    }

    private Optional<String> myInstitution() {
        Long tenant = tenancy.currentUser().tenantId();
        return Optional.ofNullable(tenant).flatMap(tenants::byId).map(Tenant::institutionId)
                .filter(id -> !id.isBlank()).map(id -> id.replaceFirst("^https://openalex.org/", ""));
    }

    private List<Map.Entry<String, String>> countries(String language) {
        List<Map.Entry<String, String>> countries = new ArrayList<>(evidence.countryNames(language).entrySet());
        countries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        return countries;
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "zh" : "en";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** JSON to place inside a script element: no sequence there can close it. */
    private static String scriptSafe(String json) {
        return json.replace("</", "<\\/");
    }
}
