package org.meridian.app.web.partners;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.meridian.app.PageQuery;
import org.meridian.app.RuleViolation;
import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.partners.PartnerFilter;
import org.meridian.app.partners.Partners;
import org.meridian.app.partners.RecordingPartners;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.app.web.Downloads;
import org.meridian.app.web.ListView;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner pages: the list (search, filters {@code country}, {@code kind}, {@code level}, {@code tag}, order
 * and page in the URL), its export, one partner with its agreements count and history, and deleting, which is
 * refused with a message while agreements or other records refer to it. The form is {@link PartnerFormPages}.
 */
@Controller
@RequestMapping("/partners")
class PartnerPages {

    private static final List<String> FILTERS = List.of("country", "kind", "level", "tag");
    private static final Set<String> SORTABLE = Set.of("name", "country", "kind", "level", "updatedAt");
    private static final List<String> EXPORTED = List.of("name", "nameZh", "kind", "country", "level",
            "institutionType", "openalexId", "rorId", "organisationCode", "tags", "website", "notes");

    private final Partners partners;
    private final RecordingPartners recording;
    private final Agreements agreements;
    private final AuditLog auditLog;
    private final Tenancy tenancy;
    private final MessageSource messages;

    PartnerPages(Partners partners, RecordingPartners recording, Agreements agreements, AuditLog auditLog,
            Tenancy tenancy, MessageSource messages) {
        this.partners = partners;
        this.recording = recording;
        this.agreements = agreements;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        view.show(model, query -> partners.find(filter(view), query));
        return "partners/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @RequestParam String format,
            Locale locale) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        PartnerFilter filter = filter(view);
        List<List<Object>> rows = view.everyPage(query -> partners.find(filter, query)).stream()
                .map(partner -> List.<Object>of(partner.name(), text(partner.nameZh()), partner.kind().code(),
                        text(partner.country()), partner.level().code(),
                        partner.institutionType() == null ? "" : partner.institutionType().code(),
                        text(partner.openalexId()), text(partner.rorId()), text(partner.organisationCode()),
                        String.join(", ", partner.tags()), text(partner.website()), text(partner.notes())))
                .toList();
        List<String> headers = EXPORTED.stream()
                .map(field -> messages.getMessage("partner.field." + field, null, locale)).toList();
        return Downloads.table(messages.getMessage("partner.export.fileName", null, locale), format, headers, rows);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("partner", partners.require(id));
        model.addAttribute("agreementCount", agreementCount(id));
        model.addAttribute("history", auditLog.find(new AuditLog.AuditFilter(tenancy.readableTenant(), "partner",
                String.valueOf(id), null), PageQuery.of(0, 50, null)).items());
        return "partners/detail";
    }

    /** Deletes the partner; while records refer to it, goes back to it with the number of its agreements. */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            recording.remove(id);
        }
        catch (RuleViolation inUse) {
            long count = agreementCount(id);
            redirect.addFlashAttribute("refusal", count > 0 ? "partner.inUse.agreements" : "partner.inUse.records");
            redirect.addFlashAttribute("refusalCount", count);
            return "redirect:/partners/" + id;
        }
        redirect.addFlashAttribute("notice", "partner.deleted");
        return "redirect:/partners";
    }

    private long agreementCount(long partnerId) {
        return agreements.find(new AgreementFilter(null, null, Set.of(), partnerId, null, null, null, null),
                PageQuery.of(0, 1, null)).total();
    }

    private static PartnerFilter filter(ListView view) {
        return new PartnerFilter(view.search(), view.filter("country"),
                PartnerKind.fromCode(view.filter("kind")).orElse(null),
                RelationshipLevel.fromCode(view.filter("level")).orElse(null), view.filter("tag"));
    }

    private static Object text(String value) {
        return value == null ? "" : value;
    }
}
