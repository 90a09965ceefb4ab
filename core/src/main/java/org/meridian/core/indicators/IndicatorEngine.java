package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Computes Leiden Ranking-style indicators ({@link IndicatorRow}) for the units, fields, period, counting and
 * document types of an {@link IndicatorQuery} over a {@link WorkTable}. Pure: the same query and table always
 * give the same rows, in the same order (units by id, country groups in the order given, then fields by id, then
 * years), however many threads share the work.
 */
public final class IndicatorEngine {

    private static final int UNITS_PER_CHUNK = 64;

    private final int parallelism;

    /** An engine using every available processor. */
    public IndicatorEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** An engine using at most {@code parallelism} threads, the caller's included. */
    public IndicatorEngine(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** One row per unit and field with p &gt; 0 over the whole period. */
    public List<IndicatorRow> compute(IndicatorQuery query, WorkTable works) {
        return run(new UnitAggregation(query, works, false));
    }

    /**
     * One row per unit, field and year of the period with p &gt; 0 ({@code period_from = period_to = year}), for
     * charting trends; each year's activity index compares with the world in that year.
     */
    public List<IndicatorRow> trend(IndicatorQuery query, WorkTable works) {
        return run(new UnitAggregation(query, works, true));
    }

    private List<IndicatorRow> run(UnitAggregation aggregation) {
        int[] units = aggregation.units.selected;
        int chunkCount = (units.length + UNITS_PER_CHUNK - 1) / UNITS_PER_CHUNK;
        List<List<IndicatorRow>> chunks = new ArrayList<>(chunkCount);
        for (int i = 0; i < chunkCount; i++) {
            chunks.add(null);
        }
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                computeChunks(aggregation, units, chunks, nextChunk);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        };
        int helpers = Math.min(parallelism, chunkCount) - 1;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            Thread thread = new Thread(worker, "indicators-" + i);
            thread.start();
            threads.add(thread);
        }
        worker.run();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while computing indicators", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        List<IndicatorRow> rows = new ArrayList<>();
        chunks.forEach(rows::addAll);
        return rows;
    }

    private static void computeChunks(UnitAggregation aggregation, int[] units, List<List<IndicatorRow>> chunks,
            AtomicInteger nextChunk) {
        CellTotals totals = new CellTotals(aggregation.cellCount);
        Bootstrap settings = aggregation.query.bootstrap();
        StabilityBootstrap bootstrap = settings.enabled()
                ? new StabilityBootstrap(settings, aggregation.cellCount) : null;
        for (int chunk = nextChunk.getAndIncrement(); chunk < chunks.size(); chunk = nextChunk.getAndIncrement()) {
            List<IndicatorRow> rows = new ArrayList<>();
            int end = Math.min(units.length, (chunk + 1) * UNITS_PER_CHUNK);
            for (int i = chunk * UNITS_PER_CHUNK; i < end; i++) {
                rows.addAll(aggregation.rowsOf(units[i], totals, bootstrap));
            }
            synchronized (chunks) {
                chunks.set(chunk, rows);
            }
        }
    }
}
