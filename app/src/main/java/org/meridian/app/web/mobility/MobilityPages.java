package org.meridian.app.web.mobility;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.meridian.app.PageQuery;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityFilter;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.app.web.Downloads;
import org.meridian.app.web.ListView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The mobility pages: the list (search, filters, order and page in the URL, see {@link MobilityListing}), its
 * export as CSV or XLSX, one record with its history, and deleting a record. The person's details appear
 * only for users who may see personal data. Forms are in {@link MobilityFormPages}.
 */
@Controller
@RequestMapping("/mobility")
class MobilityPages {

    /** The history shown on a record's page: its latest changes. */
    private static final int HISTORY = 50;

    private final MobilityRecords records;
    private final MobilityExport export;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    MobilityPages(MobilityRecords records, MobilityExport export, AuditLog auditLog, Tenancy tenancy) {
        this.records = records;
        this.export = export;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        boolean personal = tenancy.maySeePersonalData();
        ListView view = MobilityListing.view(request, personal);
        MobilityFilter filter = MobilityListing.filter(view);
        view.show(model, query -> records.find(filter, query));
        model.addAttribute("personal", personal);
        return "mobility/list";
    }

    /** Everything the view matches (all pages), in the columns of the mobility import. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @RequestParam String format,
            Locale locale) {
        boolean personal = tenancy.maySeePersonalData();
        ListView view = MobilityListing.view(request, personal);
        MobilityFilter filter = MobilityListing.filter(view);
        return Downloads.table(export.fileName(locale), format, export.headers(locale, personal),
                view.everyPage(query -> records.find(filter, query)).stream()
                        .map(mobility -> export.row(mobility, personal)).toList());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Mobility mobility = records.get(id);
        model.addAttribute("mobility", mobility);
        model.addAttribute("history", auditLog.find(new AuditLog.AuditFilter(tenancy.readableTenant(), "mobility",
                String.valueOf(id), null), PageQuery.of(0, HISTORY, null)).items());
        return "mobility/detail";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        records.delete(id, version);
        redirect.addFlashAttribute("notice", "mobility.deleted");
        return "redirect:/mobility";
    }
}
