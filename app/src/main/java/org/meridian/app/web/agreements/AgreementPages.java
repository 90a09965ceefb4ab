package org.meridian.app.web.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementDocuments;
import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.agreements.ChangingAgreementStatus;
import org.meridian.app.agreements.RecordingAgreements;
import org.meridian.app.agreements.RenewalInput;
import org.meridian.app.agreements.RenewingAgreement;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.meridian.app.web.FormErrors;
import org.meridian.app.web.FormValues;
import org.meridian.app.web.ListView;
import org.meridian.app.web.RegistryPartners;
import org.meridian.app.web.UploadLimits;
import org.meridian.core.agreements.AgreementLifecycle;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement pages: the list (search, filters {@code status} — one status or several separated by commas —,
 * {@code type}, {@code country}, {@code partner}, {@code expiring} in days, order and page in the URL) and its
 * export, one agreement with its parties, fields, quotas, documents, the status changes the lifecycle allows by
 * hand and its history, the forms to record, correct and renew one, and document upload and download.
 */
@Controller
@RequestMapping("/agreements")
class AgreementPages {

    static final List<String> FILTERS = List.of("status", "type", "country", "partner", "expiring");
    static final Set<String> SORTABLE = Set.of("title", "type", "status", "signingDate", "startDate", "endDate",
            "updatedAt");

    private final Agreements agreements;
    private final RecordingAgreements recording;
    private final ChangingAgreementStatus statusChanges;
    private final RenewingAgreement renewing;
    private final AgreementDocuments documents;
    private final AgreementExport export;
    private final RegistryPartners registryPartners;
    private final AuditLog auditLog;
    private final Tenancy tenancy;
    private final MessageSource messages;

    AgreementPages(Agreements agreements, RecordingAgreements recording, ChangingAgreementStatus statusChanges,
            RenewingAgreement renewing, AgreementDocuments documents, AgreementExport export, RegistryPartners registryPartners,
            AuditLog auditLog, Tenancy tenancy, MessageSource messages) {
        this.agreements = agreements;
        this.recording = recording;
        this.statusChanges = statusChanges;
        this.renewing = renewing;
        this.documents = documents;
        this.export = export;
        this.registryPartners = registryPartners;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        view.show(model, query -> agreements.find(filter(view), query));
        return "agreements/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @RequestParam String format, Locale locale) {
        ListView view = ListView.of(request, FILTERS, SORTABLE);
        return export.table(view, filter(view), format, locale);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Agreement agreement = agreements.require(id);
        Map<AgreementStatus, TransitionKind> legal = AgreementLifecycle.legalFrom(agreement.status());
        model.addAttribute("agreement", agreement);
        model.addAttribute("transitions", Arrays.stream(AgreementStatus.values())
                .filter(to -> legal.get(to) == TransitionKind.BY_HAND).toList());
        model.addAttribute("renewable", legal.get(AgreementStatus.RENEWED) == TransitionKind.BY_RENEWAL
                && agreement.successorId() == null);
        model.addAttribute("documents", documents.of(id));
        model.addAttribute("history", auditLog.find(new AuditLog.AuditFilter(tenancy.readableTenant(), "agreement",
                String.valueOf(id), null), PageQuery.of(0, 50, null)).items());
        return "agreements/detail";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, FormValues.empty(), FormErrors.none(), null);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = AgreementForm.of(submitted);
        try {
            Agreement created = registryPartners.saveChoosing(form, AgreementForm.PARTY_FIELDS,
                    chosen -> recording.register(AgreementForm.input(chosen, null)));
            redirect.addFlashAttribute("notice", "agreement.created");
            return "redirect:/agreements/" + created.id();
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Agreement agreement = agreements.require(id);
        return form(model, AgreementForm.of(agreement), FormErrors.none(), agreement);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = AgreementForm.of(submitted);
        Agreement existing = agreements.require(id);
        try {
            registryPartners.saveChoosing(form, AgreementForm.PARTY_FIELDS,
                    chosen -> recording.revise(id, AgreementForm.input(chosen, existing)));
            redirect.addFlashAttribute("notice", "agreement.saved");
            return "redirect:/agreements/" + id;
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), existing);
        }
        catch (RecordChangedMeanwhile stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Agreement current = agreements.require(id);
            model.addAttribute("stale", true);
            return form(model, form.withVersion(current.version()),
                    FormErrors.general(messages.getMessage("form.stale", null, locale)), current);
        }
    }

    /** Moves the agreement to the status {@code to}; the lifecycle refuses changes it does not allow (409). */
    @PostMapping("/{id}/status")
    String transition(@PathVariable long id, @RequestParam String to, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        AgreementStatus status = AgreementStatus.fromCode(to)
                .orElseThrow(() -> InvalidInput.of("to", "is not an agreement status"));
        statusChanges.transition(id, status, version);
        redirect.addFlashAttribute("notice", "agreement.statusChanged");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/{id}/renew")
    String renewal(@PathVariable long id, Model model) {
        return renewalForm(model, FormValues.empty(), FormErrors.none(), agreements.require(id));
    }

    @PostMapping("/{id}/renew")
    String renew(@PathVariable long id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = FormValues.submitted(submitted, List.of("title", "status", "signingDate", "startDate",
                "endDate", "academicYears", "version"));
        try {
            String version = form.value("version");
            Agreement successor = renewing.renew(id, new RenewalInput(form.value("title"), form.value("status"),
                    form.value("signingDate"), form.value("startDate"), form.value("endDate"),
                    AgreementForm.list(form.value("academicYears")), null,
                    version == null ? null : Integer.valueOf(version)));
            redirect.addFlashAttribute("notice", "agreement.renewed");
            return "redirect:/agreements/" + successor.id();
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renewalForm(model, form, FormErrors.of(invalid, messages, locale), agreements.require(id));
        }
    }

    /**
     * Stores an uploaded document; a file that is refused (wrong type, empty, damaged, too large) brings the
     * agreement back with the reason beside the upload form.
     */
    @PostMapping("/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("uploadProblem", messages.getMessage("upload.noFile", null, locale));
            return "redirect:/agreements/" + id;
        }
        try (InputStream content = file.getInputStream()) {
            documents.upload(id, file.getOriginalFilename(), file.getSize(), content);
        }
        catch (InvalidInput refused) {
            redirect.addFlashAttribute("uploadProblem", FormErrors.of(refused, messages, locale).all().get(0).text());
            return "redirect:/agreements/" + id;
        }
        catch (MaxUploadSizeExceededException tooLarge) {
            redirect.addFlashAttribute("uploadProblem", UploadLimits.tooLarge(tooLarge, messages, locale));
            return "redirect:/agreements/" + id;
        }
        redirect.addFlashAttribute("notice", "agreement.document.uploaded");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        AgreementDocuments.StoredDocument stored = documents.open(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.document().filename(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(new FileSystemResource(stored.content()));
    }

    @PostMapping("/{id}/documents/{documentId}/delete")
    String removeDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        documents.remove(id, documentId);
        redirect.addFlashAttribute("notice", "agreement.document.deleted");
        return "redirect:/agreements/" + id;
    }

    /** The filter of a list view; {@code status} may name several statuses separated by commas. */
    static AgreementFilter filter(ListView view) {
        String statuses = view.filter("status");
        Set<AgreementStatus> chosen = statuses == null ? Set.of() : Arrays.stream(statuses.split(","))
                .map(String::strip).map(AgreementStatus::fromCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgreementStatus.class)));
        return new AgreementFilter(view.search(), AgreementType.fromCode(view.filter("type")).orElse(null), chosen,
                number(view.filter("partner")), view.filter("country"), null,
                number(view.filter("expiring")) == null ? null : number(view.filter("expiring")).intValue(), null);
    }

    private String form(Model model, FormValues form, FormErrors errors, Agreement existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("parties", AgreementForm.PARTY_FIELDS);
        return "agreements/form";
    }

    private String renewalForm(Model model, FormValues form, FormErrors errors, Agreement agreement) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agreement", agreement);
        return "agreements/renew";
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
