package org.meridian.app.insight.bringin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.reports.PdfReportWriter;
import org.meridian.app.reports.ReportDocument;
import org.meridian.app.reports.XlsxReportWriter;
import org.meridian.core.gaps.GapClass;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Bring in page: the home unit's gap map, the frontier of a chosen field, ranked partners with their
 * factors (table, bars and a world map when {@code static/geo/world.zh.json} is shipped), researchers, the
 * shortlist actions and the export of the recommendations with their evidence as XLSX or PDF.
 */
@Controller
class BringInPage {

    private static final int K = 10;

    private final BringingIn bringingIn;
    private final Shortlisting shortlisting;
    private final MessageSource messages;

    BringInPage(BringingIn bringingIn, Shortlisting shortlisting, MessageSource messages) {
        this.bringingIn = bringingIn;
        this.shortlisting = shortlisting;
        this.messages = messages;
    }

    @GetMapping("/bring-in")
    String page(@RequestParam(required = false) String home, @RequestParam(required = false) String field,
            @RequestParam(required = false) String weights, Model model, Locale locale) {
        Optional<Instant> preparing = bringingIn.preparing();
        if (preparing.isPresent()) {
            model.addAttribute("analysed", false);
            model.addAttribute("preparingSeconds",
                    Duration.between(preparing.get(), Instant.now()).toSeconds());
            return "bring-in";
        }
        boolean analysed = bringingIn.answers().isPresent();
        model.addAttribute("analysed", analysed);
        model.addAttribute("worldMap", new ClassPathResource("static/geo/world.zh.json").exists());
        String chosen = home != null && !home.isBlank() ? home.trim() : bringingIn.tenantInstitution().orElse(null);
        model.addAttribute("home", chosen);
        model.addAttribute("field", field);
        model.addAttribute("weights", weights);
        if (analysed) {
            model.addAttribute("demand", bringingIn.ownDemand());
        }
        if (!analysed || chosen == null) {
            return "bring-in";
        }
        try {
            GapAnswer gaps = bringingIn.gaps(chosen);
            PartnerAnswer partners = bringingIn.partners(chosen, PartnerSearch.top(K, PartnerSearch.weights(weights)));
            model.addAttribute("gaps", gaps);
            model.addAttribute("gapChart", gapChart(gaps, locale));
            model.addAttribute("frontier", bringingIn.frontier(field, 15));
            model.addAttribute("partners", partners);
            model.addAttribute("partnerCountries", countries(partners));
            model.addAttribute("talent", bringingIn.talent(chosen, List.of(), java.util.Set.of(), K));
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.getMessage());
        }
        return "bring-in";
    }

    @PostMapping("/bring-in/shortlist/partner")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String shortlistPartner(@RequestParam String institutionId, @RequestParam(required = false) String home,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Shortlisting.ShortlistedPartner shortlisted = shortlisting.partner(institutionId, reason);
        redirect.addFlashAttribute("shortlisted", shortlisted.partner().name());
        return back(home);
    }

    @PostMapping("/bring-in/shortlist/agreement")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String shortlistAgreement(@RequestParam String institutionId, @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) String home, RedirectAttributes redirect) {
        Shortlisting.ShortlistedAgreement drafted = shortlisting.agreement(institutionId, fields, null);
        redirect.addFlashAttribute("shortlisted", drafted.agreement().title());
        return back(home);
    }

    @PostMapping("/bring-in/demand")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String saveDemand(@RequestParam(required = false) String fields, @RequestParam(required = false) String source,
            @RequestParam(required = false) String home, RedirectAttributes redirect) {
        List<String> ids = fields == null ? List.of()
                : java.util.Arrays.stream(fields.split("[,;\\s]+")).filter(id -> !id.isBlank()).toList();
        try {
            bringingIn.saveOwnDemand(source, ids);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.getMessage());
        }
        return back(home);
    }

    @GetMapping("/bring-in/shortlist.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) String home,
            @RequestParam(required = false) String weights, Locale locale) {
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            throw InvalidInput.of("format", "must be xlsx or pdf");
        }
        String chosen = home != null && !home.isBlank() ? home : bringingIn.tenantInstitution().orElse(null);
        PartnerAnswer partners = bringingIn.partners(chosen, PartnerSearch.top(K, PartnerSearch.weights(weights)));
        ReportDocument document = ShortlistReport.of(partners, bringingIn.gaps(chosen), messages, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("xlsx".equals(format)) {
            new XlsxReportWriter().write(document, out);
        } else {
            new PdfReportWriter().write(document, out);
        }
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("bring-in-shortlist." + format, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType("pdf".equals(format) ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    private static String back(String home) {
        return "redirect:" + UriComponentsBuilder.fromPath("/bring-in")
                .queryParamIfPresent("home", Optional.ofNullable(home).filter(h -> !h.isBlank())).build().encode()
                .toUriString();
    }

    /** Points per class for the scatter: [activity index, relative impact, p, name, reason in the user's language]. */
    private Map<String, List<List<Object>>> gapChart(GapAnswer gaps, Locale locale) {
        Map<String, List<List<Object>>> series = new LinkedHashMap<>();
        for (GapClass gapClass : GapClass.values()) {
            series.put(gapClass.name(), new ArrayList<>());
        }
        for (GapAnswer.Field field : gaps.fields()) {
            field.classes().forEach(c -> series.get(c.gapClass().name()).add(List.of(round(field.activityIndex()),
                    round(field.relativeImpact()), round(field.p()), field.name(),
                    messages.getMessage(c.code(), c.arguments().toArray(), c.reason(), locale))));
        }
        return series;
    }

    private static Map<String, Integer> countries(PartnerAnswer partners) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        partners.items().forEach(item -> {
            if (item.country() != null) {
                counts.merge(item.country().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
