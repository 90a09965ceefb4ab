package org.meridian.app.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.meridian.app.imports.ImportOutcome.Status;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs imports on a few worker threads ({@code meridian.imports.workers}), so that a file of many thousand
 * rows neither holds up the request that sent it nor other users; further imports wait in line. Each job runs
 * as the user who started it, for the institution they were acting for. Jobs live in memory: an import that
 * a restart interrupts was rolled back by its transaction and is simply gone; finished jobs are forgotten
 * after a day.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofDays(1);

    private final Importing importing;
    private final Tenancy tenancy;
    private final Clock clock;
    private final ExecutorService workers;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(Importing importing, Tenancy tenancy, ImportSettings settings) {
        this.importing = importing;
        this.tenancy = tenancy;
        this.clock = Clock.systemUTC();
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()), work -> {
            Thread thread = new Thread(work, "import-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    /**
     * Queues an import of the file for the signed-in user's writable institution. Fails at once (in the
     * request) when the user may not change records.
     */
    public ImportJob start(ImportType<?> type, String fileName, byte[] content) {
        CurrentUser user = tenancy.currentUser();
        long tenant = tenancy.writableTenant();
        CurrentUser actingUser = new CurrentUser(user.id(), user.username(), user.displayName(), user.role(), tenant,
                user.locale());
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), type.name(), fileName, user.id(), clock.instant());
        jobs.put(job.id(), job);
        workers.execute(() -> tenancy.runAs(actingUser, () -> run(job, type, content)));
        return job;
    }

    /** A job of the signed-in user (administrators see every job). */
    public Optional<ImportJob> find(String id) {
        CurrentUser user = tenancy.currentUser();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.userId() == user.id() || user.isAdmin());
    }

    private void run(ImportJob job, ImportType<?> type, byte[] content) {
        ImportOutcome outcome;
        try {
            outcome = importing.run(type, content, job);
        }
        catch (RuntimeException failure) {
            log.error("Import {} of {} failed", job.id(), type.name(), failure);
            outcome = new ImportOutcome(Status.FAILED, 0, 0, 0,
                    List.of(new ImportProblem(0, null, null, "import.failed", List.of())), 1, List.of());
        }
        job.finish(outcome, clock.instant());
    }

    private void forgetOldJobs() {
        jobs.values().removeIf(job -> job.finishedAt() != null
                && job.finishedAt().isBefore(clock.instant().minus(KEPT)));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
