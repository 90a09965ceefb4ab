package org.meridian.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SnapshotWriter;
import org.meridian.core.scholarly.generator.SyntheticInstitution;
import org.meridian.core.scholarly.generator.SyntheticWorks;

/**
 * Latency of the partner recommendation API as users call it: the real service over loopback. Generates works
 * ({@link SyntheticWorks}, {@code --institutions} institutions), ingests them with the application's own command
 * into a fresh data folder, starts {@code meridian serve} in a child JVM, signs in as the first administrator,
 * issues an API token, then sends {@code GET /api/v1/insight/bring-in/partners?home=I...&k=10} for the largest
 * institutions in turn (default targets: each home's weakness, gap, intersection and high-demand fields), first
 * from 1 client, then from 8 concurrent clients. Prints median, p95 and max latency and throughput per run and
 * the server process's CPU seconds. Figures only: nothing is asserted.
 *
 * <pre>ApiLatencyBenchmark --jar app/target/meridian.jar [--works 200000] [--institutions 10000] [--requests 400]
 *                     [--warmup 100] [--port 18180] [--dir target/api-bench] [--url http://127.0.0.1:8080
 *                     --user admin --password ...]</pre>
 * With {@code --url} it measures an already running service instead (nothing is generated or started).
 */
public final class ApiLatencyBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "bench-Password-1";

    private final HttpClient http;
    private final String base;
    private String token;
    private String tenant;

    private ApiLatencyBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        int requests = (int) arguments.number("--requests", 400);
        int warmup = (int) arguments.number("--warmup", 100);
        long works = arguments.number("--works", 200_000);
        int institutions = (int) arguments.number("--institutions", 10_000);
        long seed = arguments.number("--seed", 42);
        GeneratorSettings settings = new GeneratorSettings(works, seed, 2015, 2024, institutions);
        List<String> homes = largest(settings, 200);
        String url = arguments.text("--url", null);
        if (url != null) {
            ApiLatencyBenchmark benchmark = new ApiLatencyBenchmark(url);
            benchmark.signIn(arguments.text("--user", "admin"), arguments.text("--password", PASSWORD));
            benchmark.run(homes, warmup, requests, null);
            return;
        }
        String jar = arguments.text("--jar", "app/target/meridian.jar");
        int port = (int) arguments.number("--port", 18180);
        Path dir = Path.of(arguments.text("--dir", "target/api-bench-" + works + "-" + institutions)).toAbsolutePath();
        Path data = dir.resolve("data");
        Path store = data.resolve("analytics.duckdb");
        if (!Files.exists(store)) {
            Path snapshot = dir.resolve("snapshot");
            long started = System.nanoTime();
            new SnapshotWriter(4, List.of("2025-01-01"), 6).write(snapshot, settings);
            System.out.printf("generated %,d works of %,d institutions in %.1f s%n", works, institutions,
                    (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            Files.createDirectories(data);
            run(List.of(java(), "-Xmx1g", "-jar", jar, "ingest", "openalex", snapshot.toString(), "--store",
                    store.toString()), dir.resolve("ingest.log"));
            System.out.printf("ingested in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        ProcessBuilder serve = new ProcessBuilder(java(), "-Xmx2g", "-jar", jar, "serve", "--port", String.valueOf(port),
                "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        serve.environment().put("MERIDIAN_ADMIN_PASSWORD", PASSWORD);
        Process server = serve.start();
        try {
            ApiLatencyBenchmark benchmark = new ApiLatencyBenchmark("http://127.0.0.1:" + port);
            long started = System.nanoTime();
            benchmark.awaitHealth(server);
            System.out.printf("service up in %.1f s (log: %s)%n", (System.nanoTime() - started) / 1e9,
                    dir.resolve("server.log"));
            benchmark.signIn("admin", PASSWORD);
            benchmark.run(homes, warmup, requests, server);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /** The generator's largest institutions: homes with output enough to have gaps and neighbours. */
    private static List<String> largest(GeneratorSettings settings, int count) {
        return new SyntheticWorks(settings).institutions().stream()
                .sorted(Comparator.comparingDouble(SyntheticInstitution::size).reversed()).limit(count)
                .map(i -> i.affiliation().id()).toList();
    }

    private void awaitHealth(Process server) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the service stopped; see its log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not come up in 5 minutes");
    }

    private void signIn(String user, String password) throws Exception {
        String login = get("/login").body();
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(login));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
        String page = get("/").body();
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf(page))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"latency benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = TOKEN.matcher(issued.body());
        if (!found.find()) {
            throw new IllegalStateException("no API token issued: " + issued.statusCode() + " " + issued.body());
        }
        token = found.group(1);
    }

    /** Administrators act for an institution: the benchmark's own, added on the first run. */
    private void chooseTenant(String institutionId) throws Exception {
        HttpResponse<String> all = http.send(authorised("/api/v1/tenants").build(), HttpResponse.BodyHandlers.ofString());
        Matcher existing = Pattern.compile("\\{\"id\":(\\d+),\"code\":\"latency-bench\"").matcher(all.body());
        if (existing.find()) {
            tenant = existing.group(1);
            return;
        }
        String body = "{\"code\":\"latency-bench\",\"name\":\"Latency Benchmark University\",\"countryCode\":\"CN\","
                + "\"institutionId\":\"" + institutionId + "\"}";
        HttpResponse<String> created = http.send(authorised("/api/v1/tenants").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not add the benchmark's institution: " + created.body());
        }
        tenant = id.group(1);
    }

    private HttpRequest.Builder authorised(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        return tenant == null ? request : request.header("X-Meridian-Tenant", tenant);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher found = CSRF.matcher(html);
        if (!found.find()) {
            Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
            if (meta.find()) {
                return meta.group(1);
            }
            throw new IllegalStateException("no CSRF token on the page");
        }
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long recommend(String home) throws Exception {
        HttpRequest request = authorised("/api/v1/insight/bring-in/partners?k=10&home=" + encode(home)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(home + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return elapsed;
    }

    private void run(List<String> homes, int warmup, int requests, Process server) throws Exception {
        chooseTenant(homes.get(0));
        long first = recommend(homes.get(0));
        // sent as soon as the service is up: it waits for the landscape that the service started to tally in the
        // background (or tallies it, with meridian.bring-in.prepare-at-start=false), then builds the partner index
        System.out.printf("first request, right after start-up (landscape and partner index): %.1f s%n", first / 1e9);
        for (int i = 0; i < warmup; i++) {
            recommend(homes.get(i % homes.size()));
        }
        for (int clients : new int[] { 1, 8 }) {
            double cpuBefore = cpuSeconds(server);
            long[] latencies = new long[requests];
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            long started = System.nanoTime();
            for (int client = 0; client < clients; client++) {
                int offset = client;
                running.add(pool.submit(() -> {
                    for (int r = offset; r < requests; r += clients) {
                        latencies[r] = recommend(homes.get(r % homes.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            Arrays.sort(latencies);
            double cpu = cpuSeconds(server) - cpuBefore;
            System.out.printf("%d client%s: %d requests, median %.1f ms, p95 %.1f ms, max %.1f ms, %.1f requests/s%s%n",
                    clients, clients == 1 ? " " : "s", requests, latencies[requests / 2] / 1e6,
                    latencies[(int) (requests * 0.95)] / 1e6, latencies[requests - 1] / 1e6, requests / seconds,
                    server == null ? "" : String.format(", server CPU %.1f ms/request", 1000 * cpu / requests));
        }
        System.out.printf("cores: %d; load average at the end: %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double cpuSeconds(Process server) {
        if (server == null) {
            return 0;
        }
        return server.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }
}
