package org.meridian.core.indicators.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import org.meridian.core.indicators.Bootstrap;
import org.meridian.core.indicators.Counting;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorEngine;
import org.meridian.core.indicators.IndicatorQuery;
import org.meridian.core.indicators.IndicatorRow;
import org.meridian.core.indicators.UnitType;
import org.meridian.core.indicators.WorkTable;

/**
 * Times the indicator engine on synthetic works; prints figures, asserts nothing.
 * <pre>
 * mvn -B -q -pl core test-compile
 * java -Xmx2g -cp core/target/classes:core/target/test-classes \
 *     org.meridian.core.indicators.bench.IndicatorBenchmark [works=1000000] [runs=7] [threads=cores]
 * </pre>
 * The headline figure is the full table: every institution × subfield, one 4-year period, fractional counting.
 */
public final class IndicatorBenchmark {

    private IndicatorBenchmark() {
    }

    public static void main(String[] args) {
        int workCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        SyntheticWorks works = new SyntheticWorks(workCount, 20_000, 2013, 2024, 42L);
        long start = System.nanoTime();
        long generated = 0;
        for (var work : works) {
            generated += work.authorships().size();
        }
        System.out.printf("generating %,d works (%,d authorships) alone: %.2f s%n", workCount, generated,
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        WorkTable table = WorkTable.of(works);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapAfterBuild = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("works generated %,d, held %,d, left out %,d; institutions %,d; threads %d%n",
                workCount, table.workCount(), table.excludedCount(), table.institutionCount(), threads);
        System.out.printf("table built in %.2f s (generation included); table arrays %.0f MB; heap after GC %.0f MB%n",
                buildSeconds, table.estimatedBytes() / 1e6, heapAfterBuild / 1e6);
        IndicatorEngine engine = new IndicatorEngine(threads);
        IndicatorQuery fullTable = IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.SUBFIELD, 2019, 2022,
                Counting.FRACTIONAL);
        time("institutions x subfields, 2019-2022, fractional", engine, fullTable, table, runs, false);
        time("institutions x subfields, 2019-2022, full", engine, fullTable.withCounting(Counting.FULL), table, runs,
                false);
        time("institutions x topics, 2019-2022, fractional", engine, fullTable.withFieldLevel(FieldLevel.TOPIC),
                table, runs, false);
        time("countries x subfields, 2019-2022, fractional", engine, fullTable.withUnitType(UnitType.COUNTRY), table,
                runs, false);
        time("institutions x subfields, trend by year 2013-2024, fractional", engine,
                IndicatorQuery.of(UnitType.INSTITUTION, FieldLevel.SUBFIELD, 2013, 2024, Counting.FRACTIONAL), table,
                runs, true);
        time("countries x all fields, 2019-2022, 1000-sample intervals", engine,
                IndicatorQuery.of(UnitType.COUNTRY, FieldLevel.ALL, 2019, 2022, Counting.FRACTIONAL)
                        .withBootstrap(Bootstrap.withSeed(1L)), table, 1, false);
        System.out.printf("peak heap %.0f MB%n", peakHeap() / 1e6);
    }

    private static void time(String label, IndicatorEngine engine, IndicatorQuery query, WorkTable table, int runs,
            boolean trend) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<IndicatorRow> rows = trend ? engine.trend(query, table) : engine.compute(query, table);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        int rowCount = rows.size();
        for (int run = 0; run < runs; run++) {
            rows = null;
            cpuStart = processCpuNanos();
            start = System.nanoTime();
            rows = trend ? engine.trend(query, table) : engine.compute(query, table);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[run] = (processCpuNanos() - cpuStart) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        System.out.printf("%-62s rows %,9d  first %.3f s  median of %d %.3f s (min %.3f, max %.3f)"
                + "  process CPU median %.3f s%n", label, rowCount, firstSeconds, runs, seconds[runs / 2],
                seconds[0], seconds[runs - 1], cpuSeconds[runs / 2]);
    }

    /** CPU time of the whole process, garbage collection included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
