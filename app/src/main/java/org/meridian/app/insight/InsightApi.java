package org.meridian.app.insight;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InvalidInput;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/insight")
@Tag(name = "Going global and voice", description = "National view from the shipped statistics, balance of "
        + "bringing in and going global, influence-competitiveness-voice scorecard, group coverage")
class InsightApi {

    private final NationalViews nationalViews;
    private final Balances balances;
    private final Scorecards scorecards;
    private final WeightVariants variants;
    private final GroupCoverage coverage;
    private final InstitutionProvinces provinces;
    private final InstitutionFigures institutions;

    InsightApi(NationalViews nationalViews, Balances balances, Scorecards scorecards, WeightVariants variants,
            GroupCoverage coverage, InstitutionProvinces provinces, InstitutionFigures institutions) {
        this.provinces = provinces;
        this.institutions = institutions;
        this.nationalViews = nationalViews;
        this.balances = balances;
        this.scorecards = scorecards;
        this.variants = variants;
        this.coverage = coverage;
    }

    @GetMapping("/national/{alpha2}")
    @Operation(summary = "National view of a country", description = "UIS mobile students in and out, published "
            + "rates, OECD student partners, OpenAlex co-authorship, OECD and Belt and Road shares; each section "
            + "names its source, listed with its as-of date under sources.")
    NationalViewReport national(@PathVariable String alpha2) {
        return nationalViews.of(alpha2);
    }

    @GetMapping("/national")
    @Operation(summary = "Countries of the national statistics", description = "For a country picker.")
    List<NationalViewReport.CountryInfo> countries() {
        return nationalViews.countries();
    }

    @GetMapping("/statistics/report")
    @Operation(summary = "Import report of the shipped statistics", description = "Rows read and kept per file, and "
            + "the quirks met: regional aggregates kept apart, estimates, renamed or unmapped names, missing years.")
    List<StatisticsImport> statisticsReport() {
        return nationalViews.importReports();
    }

    @GetMapping("/balance")
    @Operation(summary = "Balance of bringing in and going global", description = "scope=home: the current "
            + "institution from its records, per channel; scope=country: a country's students from the statistics. "
            + "Per partner country, group (OECD, BRI) and year, raw counts beside every index.")
    BalanceReport balance(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        if (scope == null || scope.isBlank() || "home".equals(scope)) {
            return balances.home(from, to);
        }
        if ("country".equals(scope)) {
            return balances.country(country, from, to);
        }
        throw InvalidInput.of("scope", "must be home or country");
    }

    @GetMapping("/scorecard")
    @Operation(summary = "Influence, competitiveness and voice scorecard", description = "Over countries or "
            + "institutions, with rank intervals from a seeded Monte Carlo analysis (same seed, same result).")
    ScorecardReport scorecard(@ParameterObject ScorecardRequest request) {
        return scorecards.compute(request);
    }

    @GetMapping("/scorecard/variants")
    @Operation(summary = "Saved weightings", description = "Your institution's and the global ones.")
    List<SavedWeightVariant> variants() {
        return variants.visible();
    }

    @PostMapping("/scorecard/variants")
    @Operation(summary = "Save a weighting", description = "Replaces one of the same name and owner. global=true "
            + "for administrators only.")
    ResponseEntity<SavedWeightVariant> saveVariant(@RequestBody SavedWeightVariant.Draft draft) {
        return ResponseEntity.status(HttpStatus.OK).body(variants.save(draft, Scorecards.tree()));
    }

    @DeleteMapping("/scorecard/variants/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a weighting")
    void deleteVariant(@PathVariable long id) {
        variants.delete(id);
    }

    @GetMapping("/province")
    @Operation(summary = "Province of the home institution", description = "The ISO 3166-2 code that the scorecard's "
            + "peers=province reads; null when none is recorded.")
    Province province() {
        return new Province(provinces.of(institutions.homeTenant()).orElse(null));
    }

    @PutMapping("/province")
    @Operation(summary = "Record the province of the home institution", description = "Officers for their "
            + "institution, administrators for the one chosen; an empty province removes it.")
    Province setProvince(@RequestBody Province province) {
        return new Province(provinces.set(province.province()).orElse(null));
    }

    /** An ISO 3166-2 subdivision code such as {@code CN-GD}, or null. */
    record Province(String province) {
    }

    @GetMapping("/coverage")
    @Operation(summary = "Coverage of a group of countries", description = "Share of the group's countries with an "
            + "active agreement, with mobility, with co-publications, per year; filter by UN M49 region.")
    CoverageReport coverage(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String country, @RequestParam(required = false) String group,
            @RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        return coverage.of(scope, country, group, region, from, to);
    }
}
