package org.meridian.app.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.insight.CoverageReport;
import org.meridian.app.insight.GroupCoverage;
import org.meridian.app.insight.NationalViewReport;
import org.meridian.app.insight.NationalViews;
import org.meridian.app.insight.SavedWeightVariant;
import org.meridian.app.insight.ScorecardRequest;
import org.meridian.app.insight.Scorecards;
import org.meridian.app.insight.StatisticsSource;
import org.meridian.app.insight.WeightVariants;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.Pillar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The national view, the scorecard with its weight editor, group coverage and the statistics import report. The
 * pages render their tables on the server; charts ({@code /js/insight.js}) read the same figures from the API.
 */
@Controller
class InsightPages {

    private final NationalViews nationalViews;
    private final Scorecards scorecards;
    private final WeightVariants variants;
    private final GroupCoverage coverage;

    InsightPages(NationalViews nationalViews, Scorecards scorecards, WeightVariants variants, GroupCoverage coverage) {
        this.nationalViews = nationalViews;
        this.scorecards = scorecards;
        this.variants = variants;
        this.coverage = coverage;
    }

    @GetMapping("/insight")
    String insight() {
        return "redirect:/insight/national";
    }

    @GetMapping("/insight/national")
    String national(@RequestParam(defaultValue = "CN") String country, Model model) {
        NationalViewReport view = nationalViews.of(country);
        model.addAttribute("view", view);
        model.addAttribute("countries", nationalViews.countries());
        model.addAttribute("sources", sources(view.sources()));
        return "insight/national";
    }

    @GetMapping("/insight/statistics")
    String statistics(Model model) {
        model.addAttribute("reports", nationalViews.importReports());
        return "insight/statistics";
    }

    @GetMapping("/insight/scorecard")
    String scorecard(@ModelAttribute ScorecardRequest request, Model model, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("report", scorecards.compute(request, locale));
        model.addAttribute("variants", variants.visible());
        model.addAttribute("countries", nationalViews.countries());
        String api = query(request);
        model.addAttribute("apiQuery", api);
        model.addAttribute("exportUrl", api.replace("/api/v1/insight/scorecard", "/insight/scorecard/export"));
        return "insight/scorecard";
    }

    /** The weight editor: saves the weights as a named variant and shows the scorecard with it. */
    @PostMapping("/insight/scorecard/variants")
    String saveVariant(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Map<String, Double> pillars = new LinkedHashMap<>();
        Map<String, Double> indicators = new LinkedHashMap<>();
        for (Pillar pillar : Scorecards.tree().pillars()) {
            weight(form, "pillar." + pillar.id()).ifPresent(value -> pillars.put(pillar.id(), value));
            for (Indicator indicator : pillar.indicators()) {
                weight(form, "indicator." + indicator.id()).ifPresent(value -> indicators.put(indicator.id(), value));
            }
        }
        SavedWeightVariant saved = variants.save(new SavedWeightVariant.Draft(form.getFirst("name"),
                form.getFirst("description"), "on".equals(form.getFirst("global")), pillars, indicators),
                Scorecards.tree());
        redirect.addAttribute("variant", saved.name());
        redirect.addAttribute("peers", form.getFirst("peers") == null ? "countries" : form.getFirst("peers"));
        return "redirect:/insight/scorecard";
    }

    @GetMapping("/insight/coverage")
    String coverage(@RequestParam(defaultValue = "country") String scope,
            @RequestParam(required = false) String country, @RequestParam(required = false) String group,
            @RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        CoverageReport report = coverage.of(scope, country, group, region, from, to);
        model.addAttribute("report", report);
        model.addAttribute("countries", nationalViews.countries());
        String api = UriComponentsBuilder.fromPath("/api/v1/insight/coverage")
                .queryParam("scope", scope).queryParamIfPresent("country", Optional.ofNullable(country))
                .queryParam("group", report.group()).queryParamIfPresent("region",
                        Optional.ofNullable(report.region()))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build().encode().toUriString();
        model.addAttribute("apiQuery", api);
        model.addAttribute("exportUrl", api.replace("/api/v1/insight/coverage", "/insight/coverage/export"));
        return "insight/coverage";
    }

    static Map<String, StatisticsSource> sources(Iterable<StatisticsSource> sources) {
        Map<String, StatisticsSource> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        return byId;
    }

    /** The API address of the same scorecard, for the charts. */
    static String query(ScorecardRequest request) {
        return UriComponentsBuilder.fromPath("/api/v1/insight/scorecard")
                .queryParamIfPresent("peers", Optional.ofNullable(request.peers()))
                .queryParamIfPresent("normalisation", Optional.ofNullable(request.normalisation()))
                .queryParamIfPresent("aggregation", Optional.ofNullable(request.aggregation()))
                .queryParamIfPresent("missing", Optional.ofNullable(request.missing()))
                .queryParamIfPresent("variant", Optional.ofNullable(request.variant()))
                .queryParamIfPresent("weights", Optional.ofNullable(request.weights()))
                .queryParamIfPresent("draws", Optional.ofNullable(request.draws()))
                .queryParamIfPresent("seed", Optional.ofNullable(request.seed()))
                .queryParamIfPresent("from", Optional.ofNullable(request.from()))
                .queryParamIfPresent("to", Optional.ofNullable(request.to()))
                .queryParamIfPresent("country", Optional.ofNullable(request.country()))
                .queryParamIfPresent("province", Optional.ofNullable(request.province()))
                .build().encode().toUriString();
    }

    private static Optional<Double> weight(MultiValueMap<String, String> form, String field) {
        String text = form.getFirst(field);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of(field, "must be a number from 0 to 100");
        }
    }
}
