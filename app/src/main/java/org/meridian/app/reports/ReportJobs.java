package org.meridian.app.reports;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.meridian.app.InvalidInput;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds reports in the background, one at a time, with progress that the UI and API can poll. Each job runs
 * as the user who asked for it, for the institution they were reading. Finished reports are kept in memory
 * for an hour.
 */
@Service
public class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final AnnualReports annualReports;
    private final PdfReportWriter pdf;
    private final XlsxReportWriter xlsx;
    private final Tenancy tenancy;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "reports");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();

    ReportJobs(AnnualReports annualReports, PdfReportWriter pdf, XlsxReportWriter xlsx, Tenancy tenancy) {
        this.annualReports = annualReports;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.tenancy = tenancy;
    }

    public ReportJob startAnnual(int year, String language, ReportFormat format) {
        Locale locale = locale(language);
        checkYear(year);
        CurrentUser user = tenancy.currentUser();
        CurrentUser actingUser = new CurrentUser(user.id(), user.username(), user.displayName(), user.role(),
                tenancy.readableTenant(), user.locale());
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(Instant.now().minus(KEPT)));
        ReportJob job = new ReportJob(UUID.randomUUID().toString(), user.id(), year, locale.getLanguage(), format);
        jobs.put(job.id(), job);
        worker.execute(() -> tenancy.runAs(actingUser, () -> run(job, locale)));
        return job;
    }

    /** Builds the report now, in the caller's thread. */
    public byte[] annual(int year, String language, ReportFormat format) {
        checkYear(year);
        return render(annualReports.build(year, locale(language), ReportProgress.NONE), format);
    }

    public Optional<ReportJob> find(String id) {
        CurrentUser user = tenancy.currentUser();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.userId() == user.id() || user.isAdmin());
    }

    private void run(ReportJob job, Locale locale) {
        try {
            ReportDocument document = annualReports.build(job.year(), locale, job::at);
            job.succeed(render(document, job.format()));
        }
        catch (RuntimeException failure) {
            log.error("Report {} failed", job.id(), failure);
            job.fail();
        }
    }

    private byte[] render(ReportDocument document, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == ReportFormat.PDF) {
            pdf.write(document, out);
        }
        else {
            xlsx.write(document, out);
        }
        return out.toByteArray();
    }

    private static Locale locale(String language) {
        if (language == null || language.isBlank() || "en".equals(language)) {
            return Locale.ENGLISH;
        }
        if ("zh".equals(language)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        throw InvalidInput.of("language", "must be en or zh");
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw InvalidInput.of("year", "must be a calendar year between 1990 and 2100");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
