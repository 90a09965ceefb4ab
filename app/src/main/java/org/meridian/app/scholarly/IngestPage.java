package org.meridian.app.scholarly;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.meridian.core.scholarly.ProblemKind;
import org.meridian.core.scholarly.ProblemSample;
import org.meridian.core.scholarly.ProblemTally;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ingest from the web, for administrators: start an ingest of a snapshot path on the server, watch its progress
 * (the status section polls itself while the run goes on), and see the runs that ended and the files in the
 * store.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IngestPage {

    private final IngestJobs jobs;

    IngestPage(IngestJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/indicators/ingest")
    String show(Model model) {
        describe(model, "");
        return "scholarly/ingest";
    }

    @PostMapping("/indicators/ingest")
    String start(@RequestParam(required = false) String path, @RequestParam(required = false) String threads, Model model) {
        Optional<IngestJobs.Refusal> refusal = jobs.start(path, threadCount(threads));
        if (refusal.isEmpty()) {
            return "redirect:/indicators/ingest";
        }
        model.addAttribute("refusal", refusal.get().name());
        describe(model, path == null ? "" : path);
        model.addAttribute("threads", threads);
        return "scholarly/ingest";
    }

    /** Null for "every core" (blank); 0 (refused) for what is not a whole number. */
    private static Integer threadCount(String threads) {
        if (threads == null || threads.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(threads.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @GetMapping("/ui/indicators/ingest/status")
    String status(Model model) {
        describeLatest(model);
        return "scholarly/ingest :: status";
    }

    private void describe(Model model, String path) {
        model.addAttribute("path", path);
        model.addAttribute("cores", Runtime.getRuntime().availableProcessors());
        model.addAttribute("maxThreads", IngestJobs.MAX_THREADS);
        describeLatest(model);
        try {
            model.addAttribute("runs", jobs.pastRuns());
            model.addAttribute("files", jobs.ingestedFiles());
        } catch (SQLException | RuntimeException unavailable) {
            model.addAttribute("runs", List.of());
            model.addAttribute("files", List.of());
            model.addAttribute("storeUnavailable", true);
        }
    }

    private void describeLatest(Model model) {
        IngestJobs.WebIngest latest = jobs.latest().orElse(null);
        model.addAttribute("latest", latest);
        if (latest != null) {
            model.addAttribute("status", latest.status());
            model.addAttribute("problems", problemRows(latest.problems()));
        }
    }

    /** Problems by kind, the kinds that reject lines first. */
    static List<ProblemRow> problemRows(ProblemTally tally) {
        List<ProblemRow> rows = new ArrayList<>();
        for (boolean rejecting : new boolean[] { true, false }) {
            for (ProblemKind kind : ProblemKind.values()) {
                long count = tally.count(kind);
                if (kind.rejectsLine() == rejecting && count > 0) {
                    rows.add(new ProblemRow(kind.name(), rejecting, count, tally.samples(kind)));
                }
            }
        }
        return rows;
    }

    /** One kind of problem met so far, with its first samples. */
    record ProblemRow(String kind, boolean rejectsLine, long count, List<ProblemSample> samples) {
    }
}
