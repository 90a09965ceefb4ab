package org.meridian.app.web.engagement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.engagement.Engagement;
import org.meridian.app.engagement.EngagementFilter;
import org.meridian.app.engagement.EngagementQuery;
import org.meridian.app.engagement.EngagementRecords;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.app.web.Downloads;
import org.meridian.app.web.FormErrors;
import org.meridian.app.web.FormValues;
import org.meridian.app.web.ListView;
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
 * The engagement pages: the list (search, filters {@code kind}, {@code role}, {@code standing},
 * {@code country}, {@code organisation}, {@code from}, {@code to}, order and page in the URL), its export, one
 * engagement with its history, the form to record or correct one, and deleting.
 */
@Controller
@RequestMapping("/engagements")
class EngagementPages {

    private static final List<String> FILTERS = List.of("kind", "role", "standing", "country", "organisation",
            "from", "to");
    private static final Set<String> SORTABLE = Set.of("startDate", "endDate", "title", "organisation", "kind",
            "role", "country");
    private static final List<String> EXPORTED = List.of("organisationCode", "organisationName", "kind", "role",
            "standing", "title", "startDate", "endDate", "country", "outcome", "evidenceUrl", "notes");

    private final EngagementRecords records;
    private final AuditLog auditLog;
    private final Tenancy tenancy;
    private final MessageSource messages;

    EngagementPages(EngagementRecords records, AuditLog auditLog, Tenancy tenancy, MessageSource messages) {
        this.records = records;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        view.show(model, query -> records.find(filter(view), query));
        return "engagement/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @RequestParam String format,
            Locale locale) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        EngagementFilter filter = filter(view);
        List<List<Object>> rows = view.everyPage(query -> records.find(filter, query)).stream()
                .map(engagement -> List.<Object>of(nullSafe(engagement.organisationCode()),
                        nullSafe(engagement.organisationName()), engagement.kind().code(), engagement.role().code(),
                        engagement.standing().code(), engagement.title(), engagement.startDate(),
                        nullSafe(engagement.endDate()), nullSafe(engagement.country()),
                        nullSafe(engagement.outcome()), nullSafe(engagement.evidenceUrl()),
                        nullSafe(engagement.notes())))
                .toList();
        List<String> headers = EXPORTED.stream()
                .map(field -> messages.getMessage("engagement.field." + field, null, locale)).toList();
        return Downloads.table(messages.getMessage("engagement.export.fileName", null, locale), format, headers,
                rows);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("engagement", records.get(id));
        model.addAttribute("history", auditLog.find(new AuditLog.AuditFilter(tenancy.readableTenant(), "engagement",
                String.valueOf(id), null), PageQuery.of(0, 50, null)).items());
        return "engagement/detail";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, FormValues.empty(), FormErrors.none(), null);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = EngagementForm.of(submitted);
        try {
            Engagement created = records.create(EngagementForm.draft(form));
            redirect.addFlashAttribute("notice", "engagement.created");
            return "redirect:/engagements/" + created.id();
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Engagement engagement = records.get(id);
        return form(model, EngagementForm.of(engagement), FormErrors.none(), engagement);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = EngagementForm.of(submitted);
        try {
            records.replace(id, EngagementForm.draft(form));
            redirect.addFlashAttribute("notice", "engagement.saved");
            return "redirect:/engagements/" + id;
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), records.get(id));
        }
        catch (RecordChangedMeanwhile stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Engagement current = records.get(id);
            model.addAttribute("stale", true);
            return form(model, form.withVersion(current.version()),
                    FormErrors.general(messages.getMessage("form.stale", null, locale)), current);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        records.delete(id, version);
        redirect.addFlashAttribute("notice", "engagement.deleted");
        return "redirect:/engagements";
    }

    private static EngagementFilter filter(ListView view) {
        return new EngagementQuery(view.filter("kind"), view.filter("role"), view.filter("standing"),
                view.filter("country"), null, view.filter("organisation"), view.filter("from"), view.filter("to"),
                view.search()).filter();
    }

    private String form(Model model, FormValues form, FormErrors errors, Engagement existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        return "engagement/form";
    }

    private static Object nullSafe(Object value) {
        return value == null ? "" : value;
    }
}
