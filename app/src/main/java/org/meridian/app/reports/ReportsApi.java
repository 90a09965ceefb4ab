package org.meridian.app.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The annual internationalisation report, as PDF or XLSX, in English or Chinese")
class ReportsApi {

    private final ReportJobs jobs;

    ReportsApi(ReportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/annual")
    @Operation(summary = "Build the annual report of the institution now and download it")
    ResponseEntity<byte[]> annual(@RequestParam int year, @RequestParam(defaultValue = "en") String language,
            @RequestParam(defaultValue = "pdf") String format) {
        ReportFormat reportFormat = ReportFormat.parse(format);
        return file(jobs.annual(year, language, reportFormat), reportFormat,
                "meridian-annual-report-" + year + "-" + language + "." + reportFormat.extension());
    }

    @PostMapping("/annual")
    @Operation(summary = "Start building the annual report in the background; poll the job for progress")
    ResponseEntity<JobStatus> startAnnual(@RequestBody AnnualRequest request) {
        ReportJob job = jobs.startAnnual(request.year(), request.language(), ReportFormat.parse(request.format()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobStatus.of(job));
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "Progress of a report being built")
    JobStatus job(@PathVariable String id) {
        return JobStatus.of(jobs.find(id).orElseThrow(() -> new RecordNotFound("report job", id)));
    }

    @GetMapping("/jobs/{id}/file")
    @Operation(summary = "Download a report once its job is ready")
    ResponseEntity<byte[]> jobFile(@PathVariable String id) {
        ReportJob job = jobs.find(id).orElseThrow(() -> new RecordNotFound("report job", id));
        if (job.status() != ReportJob.Status.READY) {
            throw new RuleViolation("report.not-ready", "the report is " + job.status().name().toLowerCase()
                    + " (" + job.percent() + "%); download it when the job is ready");
        }
        return file(job.content(), job.format(), job.fileName());
    }

    private static ResponseEntity<byte[]> file(byte[] content, ReportFormat format, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    record AnnualRequest(int year, String language, String format) {
    }

    record JobStatus(String id, String status, int percent, String fileName, String download) {

        static JobStatus of(ReportJob job) {
            return new JobStatus(job.id(), job.status().name().toLowerCase(), job.percent(), job.fileName(),
                    job.status() == ReportJob.Status.READY ? "/api/v1/reports/jobs/" + job.id() + "/file" : null);
        }
    }
}
