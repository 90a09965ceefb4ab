package org.meridian.app.scholarly;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.meridian.core.scholarly.ReadProgress;

/** Live counters of a run, fed by every reader thread, read as an {@link IngestStatus} snapshot. */
final class IngestProgress implements ReadProgress {

    private final LongAdder storedBytes = new LongAdder();
    private final LongAdder jsonBytes = new LongAdder();
    private final LongAdder works = new LongAdder();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final LongAdder rejectedLines = new LongAdder();
    private volatile IngestStatus.State state = IngestStatus.State.PENDING;
    private volatile int filesTotal;
    private volatile int filesSkipped;
    private volatile long storedBytesTotal;
    private volatile long startedNanos;
    private volatile long finishedNanos;

    void start(int files, int skipped, long bytesToRead) {
        filesTotal = files;
        filesSkipped = skipped;
        storedBytesTotal = bytesToRead;
        startedNanos = System.nanoTime();
        state = IngestStatus.State.RUNNING;
    }

    @Override
    public void advanced(long fileBytes, long json, long workCount) {
        storedBytes.add(fileBytes);
        jsonBytes.add(json);
        works.add(workCount);
    }

    void fileDone(long rejected) {
        rejectedLines.add(rejected);
        filesDone.incrementAndGet();
    }

    void resolving() {
        state = IngestStatus.State.RESOLVING;
    }

    void finish(boolean succeeded) {
        finishedNanos = System.nanoTime();
        state = succeeded ? IngestStatus.State.SUCCEEDED : IngestStatus.State.FAILED;
    }

    Duration elapsed() {
        if (startedNanos == 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((finishedNanos != 0 ? finishedNanos : System.nanoTime()) - startedNanos);
    }

    IngestStatus status() {
        double seconds = elapsed().toNanos() / 1e9;
        long stored = storedBytes.sum();
        long workCount = works.sum();
        Duration eta = null;
        if (state == IngestStatus.State.RESOLVING) {
            eta = null;
        } else if (state == IngestStatus.State.RUNNING && stored > 0 && seconds > 0) {
            eta = Duration.ofSeconds((long) Math.ceil(Math.max(0, storedBytesTotal - stored) / (stored / seconds)));
        } else if (state == IngestStatus.State.SUCCEEDED || state == IngestStatus.State.FAILED) {
            eta = Duration.ZERO;
        }
        return new IngestStatus(state, filesTotal, filesDone.get(), filesSkipped, workCount, rejectedLines.sum(), stored, storedBytesTotal,
                seconds > 0 ? workCount / seconds : 0, seconds > 0 ? jsonBytes.sum() / seconds / 1e6 : 0, elapsed(), eta);
    }
}
