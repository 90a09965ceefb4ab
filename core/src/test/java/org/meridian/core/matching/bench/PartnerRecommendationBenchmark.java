package org.meridian.core.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.LandscapeBuilder;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.matching.PartnerIndex;
import org.meridian.core.matching.PartnerIndexSettings;
import org.meridian.core.matching.PartnerQuery;
import org.meridian.core.matching.RecommendingPartners;

/**
 * Latency of one partner search over 10,000 candidate institutions × 252 subfields, warm, single-threaded and
 * under 8 concurrent clients. Prints figures, asserts nothing. Arguments: institutions (10000), target fields
 * per query (30; 0 = all), queries (2000), seed (1).
 * <p>
 * The landscape is synthetic: Pareto-sized institutions in 60 countries, each active in 20 to 252 subfields with
 * log-normal impact, and about 20 co-publishing partners each, mostly in their own region.
 */
public final class PartnerRecommendationBenchmark {

    static final String[] COUNTRIES = ("CN HK JP KR SG IN ID MY TH VN PK IR TR SA AE IL KZ US CA MX BR AR CL CO GB DE "
            + "FR IT ES NL BE CH AT SE NO DK FI PL CZ HU RO GR PT IE RU UA ZA EG NG KE MA ET AU NZ PE UY QA BD LK").split(" ");
    static final int SUBFIELDS = 252;
    static final int YEAR = 2020;

    public static void main(String[] args) throws Exception {
        int institutions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int targets = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Random random = new Random(seed);

        long start = System.nanoTime();
        Landscape landscape = landscape(institutions, random);
        long built = System.nanoTime();
        PartnerIndex index = PartnerIndex.build(landscape, FieldLevel.SUBFIELD, YearRange.year(YEAR),
                PartnerIndexSettings.defaults());
        long indexed = System.nanoTime();
        System.out.printf("landscape of %d institutions x %d subfields built in %.1f s; index in %.1f s; heap used %d MB%n",
                index.candidateCount(), index.fieldCount(), (built - start) / 1e9, (indexed - built) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

        List<PartnerQuery> workload = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            workload.add(query(index, targets, random));
        }
        for (PartnerQuery query : workload.subList(0, Math.min(500, queries))) {
            RecommendingPartners.recommend(index, query);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] single = new long[queries];
        long[] cpu = new long[queries];
        long singleStart = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            RecommendingPartners.recommend(index, workload.get(q));
            cpu[q] = threads.getCurrentThreadCpuTime() - c;
            single[q] = System.nanoTime() - t;
        }
        double singleSeconds = (System.nanoTime() - singleStart) / 1e9;
        report("1 client, wall", single, queries / singleSeconds, targets);
        report("1 client, CPU ", cpu, 1e9 * queries / Arrays.stream(cpu).sum(), targets);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        long[] concurrent = new long[queries];
        List<Future<?>> running = new ArrayList<>();
        long concurrentStart = System.nanoTime();
        for (int client = 0; client < 8; client++) {
            int first = client;
            running.add(clients.submit(() -> {
                for (int q = first; q < queries; q += 8) {
                    long t = System.nanoTime();
                    RecommendingPartners.recommend(index, workload.get(q));
                    concurrent[q] = System.nanoTime() - t;
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double concurrentSeconds = (System.nanoTime() - concurrentStart) / 1e9;
        clients.shutdown();
        report("8 clients, wall", concurrent, queries / concurrentSeconds, targets);
        System.out.printf("cores available: %d; load average at the end: %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void report(String label, long[] nanos, double throughput, int targets) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d queries (%s targets), median %.1f ms, p95 %.1f ms, max %.1f ms, %.0f queries/s%n", label,
                sorted.length, targets == 0 ? "all" : String.valueOf(targets), sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6, throughput);
    }

    static PartnerQuery query(PartnerIndex index, int targets, Random random) {
        String home = index.candidate(random.nextInt(index.candidateCount())).id();
        List<String> fields = new ArrayList<>(index.fieldIds());
        if (targets > 0) {
            java.util.Collections.shuffle(fields, random);
            fields = fields.subList(0, targets);
        }
        return PartnerQuery.of(Home.institution(home), fields, 10);
    }

    static Landscape landscape(int institutions, Random random) {
        LandscapeBuilder builder = Landscape.builder(FieldLevel.SUBFIELD, 0);
        String[] subfields = new String[SUBFIELDS];
        for (int s = 0; s < SUBFIELDS; s++) {
            String field = String.valueOf(11 + s / 10);
            subfields[s] = field + String.format("%02d", s % 10);
            builder.classify("D" + (s % 4), field, subfields[s], null);
        }
        double[] worldP = new double[SUBFIELDS];
        double[] worldTop = new double[SUBFIELDS];
        double[] worldNcs = new double[SUBFIELDS];
        String[] country = new String[institutions];
        for (int i = 0; i < institutions; i++) {
            country[i] = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String id = "I" + i;
            builder.unit(new Unit(UnitType.INSTITUTION, id, "Institution " + i, country[i], "education", null));
            double size = Math.min(2000, 5 * Math.pow(1 - random.nextDouble(), -1 / 1.2));
            int active = Math.min(SUBFIELDS, 20 + (int) (random.nextDouble() * size));
            int[] fields = random.ints(0, SUBFIELDS).distinct().limit(active).toArray();
            double[] share = new double[active];
            double sum = 0;
            for (int f = 0; f < active; f++) {
                share[f] = -Math.log(1 - random.nextDouble());
                sum += share[f];
            }
            double quality = Math.exp(0.4 * random.nextGaussian());
            double international = random.nextDouble();
            for (int f = 0; f < active; f++) {
                double p = size * share[f] / sum;
                double mncs = quality * Math.exp(0.3 * random.nextGaussian());
                double top = Math.min(1, 0.1 * mncs);
                builder.output(UnitType.INSTITUTION, id, subfields[fields[f]], YEAR,
                        new Output(p, 0, p * mncs, p * mncs * mncs * 3, p * top, p * international));
                worldP[fields[f]] += p;
                worldTop[fields[f]] += p * top;
                worldNcs[fields[f]] += p * mncs;
            }
        }
        for (int s = 0; s < SUBFIELDS; s++) {
            builder.output(UnitType.WORLD, Unit.WORLD_ID, subfields[s], YEAR,
                    new Output(worldP[s], 0, worldNcs[s], worldNcs[s] * 3, worldTop[s], 0));
        }
        for (int i = 0; i < institutions; i++) {
            for (int t = 0; t < 10; t++) {
                int j = random.nextInt(institutions);
                for (int tries = 0; tries < 20 && !country[j].equals(country[i]) && random.nextDouble() < 0.7; tries++) {
                    j = random.nextInt(institutions);
                }
                if (j != i) {
                    double works = 1 + random.nextInt(5);
                    builder.tie(UnitType.INSTITUTION, "I" + i, UnitType.INSTITUTION, "I" + j, YEAR, works);
                    builder.tie(UnitType.INSTITUTION, "I" + j, UnitType.INSTITUTION, "I" + i, YEAR, works);
                }
            }
        }
        return builder.build();
    }
}
