package org.meridian.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.RecordNotFound;
import org.meridian.app.imports.ImportJob;
import org.meridian.app.imports.ImportJobs;
import org.meridian.app.imports.ImportOutcome;
import org.meridian.app.imports.ImportProblem;
import org.meridian.app.imports.ImportSettings;
import org.meridian.app.imports.ImportTemplates;
import org.meridian.app.imports.ImportType;
import org.meridian.app.imports.ImportTypes;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk import for every {@link ImportType}: the upload page with its templates, the job page whose status
 * htmx polls every second until the import has finished, and the report as CSV or XLSX.
 */
@Controller
class ImportPages {

    private final ImportTypes types;
    private final ImportJobs jobs;
    private final ImportSettings settings;
    private final MessageSource messages;

    ImportPages(ImportTypes types, ImportJobs jobs, ImportSettings settings, MessageSource messages) {
        this.types = types;
        this.jobs = jobs;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String overview(Model model) {
        model.addAttribute("types", types.all());
        return "imports/overview";
    }

    @GetMapping("/imports/{name}")
    String upload(@PathVariable String name, Model model, Locale locale) {
        ImportType<?> type = type(name);
        model.addAttribute("type", type);
        model.addAttribute("typeTitle", messages.getMessage(type.titleKey(), null, type.name(), locale));
        model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
        model.addAttribute("maxRows", settings.maxRows());
        return "imports/upload";
    }

    @PostMapping("/imports/{name}")
    String start(@PathVariable String name, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale, HttpServletResponse response) {
        ImportType<?> type = type(name);
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return upload(name, model, locale);
        }
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            model.addAttribute("uploadProblem", messages.getMessage("import.file.tooLarge", new Object[] {
                    UploadLimits.megabytes(file.getSize()), settings.maxFileSize().toMegabytes() }, locale));
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return upload(name, model, locale);
        }
        try {
            ImportJob job = jobs.start(type, file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/jobs/" + job.id();
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable String id, Model model, Locale locale) {
        describe(job(id), model, locale);
        return "imports/job";
    }

    /** The part of the job page that htmx replaces while the job runs. */
    @GetMapping("/ui/imports/jobs/{id}")
    String jobStatus(@PathVariable String id, Model model, Locale locale) {
        describe(job(id), model, locale);
        return "imports/job :: status";
    }

    @GetMapping("/imports/jobs/{id}/report")
    ResponseEntity<StreamingResponseBody> report(@PathVariable String id, @RequestParam String format,
            Locale locale) {
        ImportJob job = job(id);
        List<String> headers = List.of(text("import.report.row", locale), text("import.report.column", locale),
                text("import.report.value", locale), text("import.report.reason", locale));
        List<ReportLine> lines = job.finished() ? lines(job.outcome(), locale) : List.of();
        List<List<Object>> rows = lines.stream()
                .map(line -> List.<Object>of(line.row(), line.column(), line.value(), line.reason())).toList();
        return Downloads.table(text("import.report.fileName", locale), format, headers, rows);
    }

    @GetMapping("/imports/{name}/template")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String name, @RequestParam String format,
            Locale locale) {
        ImportType<?> type = type(name);
        String language = locale.getLanguage();
        String fileName = messages.getMessage(type.titleKey(), null, type.name(), locale);
        return Downloads.file(fileName, format, out -> {
            if ("xlsx".equals(format)) {
                ImportTemplates.xlsx(type, language, code -> text(code, locale), out);
            }
            else {
                ImportTemplates.csv(type, language, out);
            }
        });
    }

    /**
     * The job as of one moment: {@code outcome} is null while it runs (the page reads only this snapshot, as
     * the job may finish while the page renders).
     */
    private void describe(ImportJob job, Model model, Locale locale) {
        ImportOutcome outcome = job.outcome();
        model.addAttribute("job", job);
        model.addAttribute("outcome", outcome);
        ImportType<?> type = type(job.typeName());
        model.addAttribute("type", type);
        model.addAttribute("typeTitle", messages.getMessage(type.titleKey(), null, type.name(), locale));
        model.addAttribute("lines", outcome == null ? List.of() : lines(outcome, locale));
    }

    /** The report as the user reads it: the reason in their language, "" for a value that is not one cell's. */
    private List<ReportLine> lines(ImportOutcome outcome, Locale locale) {
        return outcome.problems().stream().map(problem -> line(problem, locale)).toList();
    }

    private ReportLine line(ImportProblem problem, Locale locale) {
        String reason = messages.getMessage(problem.reason(), problem.arguments().toArray(), problem.reason(), locale);
        return new ReportLine(problem.row() == 0 ? "" : String.valueOf(problem.row()),
                problem.column() == null ? "" : problem.column(), problem.value() == null ? "" : problem.value(),
                reason);
    }

    private ImportJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new RecordNotFound("import", id));
    }

    private ImportType<?> type(String name) {
        return types.byName(name).orElseThrow(() -> new RecordNotFound("import type", name));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    /** One line of the report as shown and downloaded. */
    record ReportLine(String row, String column, String value, String reason) {
    }
}
