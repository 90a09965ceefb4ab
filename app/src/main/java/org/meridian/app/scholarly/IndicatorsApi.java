package org.meridian.app.scholarly;

import java.util.List;
import java.util.Locale;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.meridian.app.InvalidInput;
import org.meridian.core.indicators.IndicatorCsv;
import org.meridian.core.indicators.IndicatorJson;
import org.meridian.core.indicators.IndicatorRow;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicators", description = "Leiden Ranking-style publication indicators computed from the ingested "
        + "OpenAlex works. Publication data is not personal: every signed-in role may read it.")
class IndicatorsApi {

    /** Larger answers are refused: the caller should narrow the query. */
    static final int MAX_ROWS = 50_000;

    /** Set on an empty answer when no work has been ingested. */
    static final String NOTICE_HEADER = "Meridian-Notice";

    private final ScholarlyEvidence evidence;

    IndicatorsApi(ScholarlyEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/api/v1/indicators")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Publication indicators", description = "One row per unit and field with p > 0 (per "
            + "unit, field and year with trend=true), with the columns unit_type, unit_id, unit_name, field_level, "
            + "field_id, field_name, period_from, period_to, counting, p, p_collab, pp_collab, p_int_collab, "
            + "pp_int_collab, p_industry, pp_industry, tcs, mcs, tncs, mncs, p_top10, pp_top10, pp_int_collab_led, "
            + "activity_index (and <indicator>_lower/_upper with bootstrap). unitType: institution, country, "
            + "country_group (OECD, BRI) or world; unit: one id, a comma-separated list, or all; fieldLevel: all, "
            + "domain, field, subfield or topic; from/to: publication years (default: all held); counting: full "
            + "or fractional; types: default article,review; format: json or csv; bootstrap: 0 to 10,000 resamples "
            + "(seed: default 1). At most 50,000 rows.")
    ResponseEntity<String> indicators(@RequestParam(required = false) String unitType,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String fieldLevel,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) String counting, @RequestParam(required = false) String types,
            @RequestParam(defaultValue = "false") boolean hkMoSeparate,
            @RequestParam(required = false) Integer bootstrap, @RequestParam(required = false) Long seed,
            @RequestParam(defaultValue = "false") boolean trend, @RequestParam(defaultValue = "json") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            throw InvalidInput.of("format", "Choose json or csv.");
        }
        IndicatorRequest request = IndicatorRequest.parse(unitType, unit, fieldLevel, from, to, counting, types,
                hkMoSeparate, bootstrap, seed);
        String language = LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "zh"
                : "en";
        List<IndicatorRow> rows = evidence.indicators(request, language, trend);
        if (rows.size() > MAX_ROWS) {
            throw InvalidInput.of("unit", "The query gives " + rows.size() + " rows, more than " + MAX_ROWS
                    + ": ask for fewer units, a coarser field level or a shorter period.");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (rows.isEmpty() && evidence.isEmpty()) {
            answer.header(NOTICE_HEADER, "No works ingested: run ./meridian ingest openalex PATH");
        }
        if (csv) {
            return answer.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.csv\"")
                    .body(IndicatorCsv.toCsv(rows));
        }
        return answer.contentType(MediaType.APPLICATION_JSON).body(IndicatorJson.toJson(rows));
    }
}
