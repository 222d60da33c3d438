package io.crosscheck.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Story report latency under concurrent clients, through the gateway (run by {@code ./bench report}): the three
 * packaged services on a real PostgreSQL; one story per size is built from generated newswire articles about
 * one event (loaded with {@code POST /api/articles:batch} and waited for until analysed), then closed-loop
 * clients each send {@code GET /api/stories/{id}} again as soon as the last answer arrived: first a warm-up,
 * then a measured period, per story size and number of clients.
 *
 * <p>Properties: bench.report.sizes (10,100,1000), bench.report.clients (1,10,50), bench.report.warmupSeconds (3),
 * bench.report.encoding (gzip; identity for none),
 * bench.report.seconds (10, measured per cell and run), bench.runs (1; the median of the runs' figures when more),
 * bench.quick.
 */
public final class ReportBenchmark {

    private static final Instant EPOCH = Instant.parse("2025-09-01T06:00:00Z");
    private static final int BATCH = 100;

    record Cell(int requests, double seconds, double p50, double p99, int errors, Map<Integer, Integer> codes, long gzipped) {
        double throughput() {
            return requests / seconds;
        }
    }

    /** @param firstMs the first request for its report after loading: rendered, not cached */
    record StoryUnderTest(int size, String id, int articles, int claimGroups, long bytes, double firstMs) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Bench.integers("bench.report.sizes", "10,100,1000", "10,20,50");
        int[] clients = Bench.integers("bench.report.clients", "1,10,50", "1,10,50");
        int warmup = Bench.integer("bench.report.warmupSeconds", 3, 1);
        int seconds = Bench.integer("bench.report.seconds", 10, 2);
        int runs = Bench.runs(1);
        // What browsers and `curl --compressed` send; "identity" measures the uncompressed path.
        String encoding = System.getProperty("bench.report.encoding", "gzip");
        String acceptEncoding = encoding.equals("identity") ? null : encoding;
        LoadGenerator generator = LoadGenerator.choose(System.getProperty("bench.report.generator", "auto"));
        try (CrosscheckStack stack = CrosscheckStack.start(Bench.root(args))) {
            List<StoryUnderTest> stories = build(stack.gatewayUrl(), sizes);
            Map<StoryUnderTest, Map<Integer, List<Cell>>> results = new java.util.LinkedHashMap<>();
            for (StoryUnderTest story : stories) {
                for (int c : clients) {
                    for (int run = 1; run <= runs; run++) {
                        measure(generator, stack.gatewayUrl(), story, c, Duration.ofSeconds(warmup), acceptEncoding);
                        Cell cell = measure(generator, stack.gatewayUrl(), story, c, Duration.ofSeconds(seconds), acceptEncoding);
                        Bench.log("story of %d, %d clients, run %d: %d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                                story.articles, c, run, cell.requests, cell.throughput(), cell.p50, cell.p99, cell.errors);
                        results.computeIfAbsent(story, k -> new TreeMap<>()).computeIfAbsent(c, k -> new ArrayList<>()).add(cell);
                    }
                }
            }
            print(results, warmup, seconds, runs, encoding, generator);
        }
    }

    /** Loads one event's articles per size (all sizes at once) and waits for their analysis. */
    static List<StoryUnderTest> build(String gatewayUrl, int[] sizes) throws Exception {
        long start = System.nanoTime();
        GatewayClient client = new GatewayClient(gatewayUrl);
        AnalysisTracker tracker = new AnalysisTracker(gatewayUrl);
        Map<String, Integer> sizeOf = new HashMap<>();
        int total = 0;
        for (int s = 0; s < sizes.length; s++) {
            // Its own event and 60-day slot per size; 5 minutes apart, 1,000 articles span 3.5 days (window: 7).
            List<NewswireCorpus.Article> articles = new NewswireCorpus(2000 + s).aboutOneEvent(s,
                    sizes[s], EPOCH.plus(Duration.ofDays(60L * s)), Duration.ofMinutes(5));
            for (int from = 0; from < articles.size(); from += BATCH) {
                long posted = System.nanoTime();
                GatewayClient.Answer answer = client.postBatch(articles.subList(from, Math.min(from + BATCH, articles.size())));
                if (answer.status() != 200 && answer.status() != 207 && answer.status() != 201) {
                    throw new IllegalStateException("batch answered " + answer.status() + ": " + answer.body());
                }
                for (JsonNode item : answer.json().path("items")) {
                    if (item.path("status").asInt() == 201) {
                        tracker.accepted(item.path("id").asText(), posted);
                        sizeOf.put(item.path("id").asText(), sizes[s]);
                        total++;
                    }
                }
            }
        }
        tracker.postingDone();
        Bench.log("loading %d articles for stories of %s", total, java.util.Arrays.toString(sizes));
        List<AnalysisTracker.Entry> entries = tracker.watch(Duration.ofSeconds(120), Duration.ofMinutes(60));
        long done = entries.stream().filter(e -> e.status == AnalysisTracker.Status.DONE).count();
        double took = (System.nanoTime() - start) / 1e9;
        Bench.log("analysed %d of %d in %.0f s (%.1f/s)", done, total, took, done / took);

        List<StoryUnderTest> stories = new ArrayList<>();
        for (int size : sizes) {
            // The story most of this size's articles were filed into.
            String id = entries.stream().filter(e -> sizeOf.get(e.id) == size && e.storyId != null)
                    .collect(Collectors.groupingBy(e -> e.storyId, Collectors.counting())).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow(() -> new IllegalStateException("no story for size " + size));
            long asked = System.nanoTime();
            GatewayClient.Answer report = client.get("/api/stories/" + id);
            double firstMs = (System.nanoTime() - asked) / 1e6;
            if (report.status() != 200) {
                // Measuring a story whose report fails would time the error instead of the report.
                throw new IllegalStateException("the report of the " + size + "-article story answered " + report.status()
                        + " after " + Math.round(firstMs) + " ms: " + report.body());
            }
            JsonNode json = report.json();
            stories.add(new StoryUnderTest(size, id, json.path("articles").size(), json.path("claims").size(),
                    report.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, firstMs));
            Bench.log("story of %d: %d articles, %d claim groups, first (uncached) report in %.0f ms",
                    size, json.path("articles").size(), json.path("claims").size(), firstMs);
        }
        return stories;
    }

    /** Closed-loop clients for {@code duration}: latency of every request started in it. */
    /**
     * Which program sends the requests. wrk (Debian package "wrk", C, epoll) costs the 2 cores far less than a Java
     * client: with the Java one, the load generator took about 60% of the CPU at 50 clients and its own scheduling
     * showed up in the p99. The Java one remains for machines without wrk.
     */
    enum LoadGenerator {
        WRK, JAVA;

        static LoadGenerator choose(String wanted) {
            return switch (wanted) {
                case "wrk" -> WRK;
                case "java" -> JAVA;
                case "auto" -> onPath("wrk") ? WRK : JAVA;
                default -> throw new IllegalArgumentException("bench.report.generator: auto, wrk or java, not " + wanted);
            };
        }

        private static boolean onPath(String program) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Cell measure(LoadGenerator generator, String gatewayUrl, StoryUnderTest story, int clients,
                                Duration duration, String acceptEncoding) throws Exception {
        return generator == LoadGenerator.WRK ? Wrk.measure(gatewayUrl, "/api/stories/" + story.id, clients, duration,
                acceptEncoding) : measure(gatewayUrl, story, clients, duration, acceptEncoding);
    }

    private static Cell measure(String gatewayUrl, StoryUnderTest story, int clients, Duration duration,
                                String acceptEncoding) throws InterruptedException {
        List<List<Double>> latencies = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.LongAdder gzipAnswers = new java.util.concurrent.atomic.LongAdder();
        Map<Integer, Integer> codes = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                GatewayClient client = new GatewayClient(gatewayUrl);
                List<Double> mine = new ArrayList<>();
                ready.countDown();
                try {
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            GatewayClient.Fetched fetched = client.getDiscarding("/api/stories/" + story.id,
                                    Duration.ofSeconds(60), acceptEncoding);
                            status = fetched.status();
                            if (status == 200 && fetched.gzip()) {
                                gzipAnswers.increment();
                            }
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        if (status == 200) {
                            mine.add((System.nanoTime() - t0) / 1e6);
                        } else {
                            codes.merge(status, 1, Integer::sum);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latencies.add(mine);
            }, "reader-" + c);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        List<Double> all = latencies.stream().flatMap(List::stream).toList();
        int errors = codes.values().stream().mapToInt(Integer::intValue).sum();
        return new Cell(all.size(), seconds, Bench.percentile(all, 50), Bench.percentile(all, 99), errors, new TreeMap<>(codes),
                gzipAnswers.sum());
    }

    private static void print(Map<StoryUnderTest, Map<Integer, List<Cell>>> results, int warmup, int seconds, int runs,
                              String encoding, LoadGenerator generator) {
        System.out.println("| story (articles) | claim groups | report size | clients | requests | throughput (req/s) "
                + "| p50 | p99 | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Map<Integer, Integer> codes = new TreeMap<>();
        String verdict = null;
        List<double[]> growth = new ArrayList<>();  // articles, p50 at one client
        for (Map.Entry<StoryUnderTest, Map<Integer, List<Cell>>> story : results.entrySet()) {
            StoryUnderTest s = story.getKey();
            for (Map.Entry<Integer, List<Cell>> entry : story.getValue().entrySet()) {
                List<Cell> cells = entry.getValue();
                double p50 = Bench.median(cells.stream().map(Cell::p50).toList());
                double p99 = Bench.median(cells.stream().map(Cell::p99).toList());
                int errors = cells.stream().mapToInt(Cell::errors).sum();
                cells.forEach(c -> c.codes.forEach((k, v) -> codes.merge(k, v, Integer::sum)));
                System.out.printf("| %s | %d | %s | %d | %s | %s | %s ms | %s ms | %d |%n",
                        s.size == s.articles ? Bench.num(s.articles) : Bench.num(s.articles) + " (of " + s.size + " posted)",
                        s.claimGroups, Bench.bytes(s.bytes), entry.getKey(), Bench.num(cells.stream().mapToInt(Cell::requests).sum()),
                        Bench.num(Bench.median(cells.stream().map(Cell::throughput).toList())), Bench.num(p50),
                        Bench.num(p99), errors);
                if (s.size == 100 && entry.getKey() == 50) {
                    verdict = String.format("**%s** (p99 %s ms)", p99 < 50 && errors == 0 ? "met" : "not met", Bench.num(p99));
                }
                if (entry.getKey() == 1) {
                    growth.add(new double[] {s.articles, p50, s.bytes});
                }
            }
        }
        System.out.println();
        System.out.println("- Target p99 under 50 ms for a 100-article story at 50 clients: "
                + (verdict == null ? "not measured in this run (no 100-article story at 50 clients)." : verdict + "."));
        if (growth.size() > 1) {
            StringBuilder line = new StringBuilder("- How the cost grows (one client, p50): ");
            for (int i = 0; i < growth.size(); i++) {
                double[] g = growth.get(i);
                line.append(i == 0 ? "" : "; ").append(Bench.num(g[0])).append(" articles → ").append(Bench.num(g[1]))
                        .append(" ms (").append(Bench.ratio(g[1] / g[0])).append(" ms per article");
                if (i > 0) {
                    double[] p = growth.get(i - 1);
                    line.append(", ×").append(Bench.ratio(g[0] / p[0])).append(" articles → ×")
                            .append(Bench.ratio(g[1] / p[1])).append(" time");
                }
                line.append(")");
            }
            System.out.println(line.append('.'));
        }
        System.out.println("- First request for each report after its articles were loaded (rendered, not yet cached): "
                + results.keySet().stream().map(s -> Bench.num(s.articles) + " articles " + Bench.num(s.firstMs) + " ms")
                .collect(Collectors.joining(", ")) + ".");
        long answers = results.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .mapToLong(Cell::requests).sum();
        long gzipped = results.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .mapToLong(Cell::gzipped).sum();
        System.out.println("- Load generator: " + (generator == LoadGenerator.WRK
                ? "wrk (2 threads; 1 at one client), on the same 2 cores as the services"
                : "the benchmark's Java client (one thread per client), on the same 2 cores as the services") + ".");
        System.out.println("- Accept-Encoding: " + (encoding.equals("identity") ? "none (identity)" : encoding
                + " (as browsers and `curl --compressed` send), " + Bench.num(gzipped) + " of " + Bench.num(answers)
                + " answers came gzip-compressed" + (generator == LoadGenerator.WRK ? " (wrk cannot tell: checked on a"
                + " probe request before each cell)" : "") + "; the load generator reads the bytes as sent and does not "
                + "decompress them (a client's own work, on its own machine)")
                + ". The report size above is the uncompressed JSON.");
        System.out.printf("- Closed-loop clients (each sends its next request when the last is answered), %d s warm-up "
                        + "then %d s measured per cell; %s.%s%n", warmup, seconds,
                runs == 1 ? "one run" : "median of " + runs + " runs per cell (requests: the sum)",
                codes.isEmpty() ? "" : " Errors by status: " + codes.entrySet().stream()
                        .map(e -> (e.getKey() < 0 ? "exception or socket error" : e.getKey() == 0 ? "non-2xx (wrk)" : e.getKey().toString()) + " ×" + e.getValue())
                        .collect(Collectors.joining(", ")) + ".");
    }
}
