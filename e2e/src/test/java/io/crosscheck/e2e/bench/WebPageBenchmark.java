package io.crosscheck.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the web view's pages take the gateway to make (run by {@code ./bench web}): the three packaged services
 * on a real PostgreSQL, the stories of {@link ReportBenchmark} (10, 100 and 1,000 generated newswire articles about
 * one event each), then, per story, its page ({@code /stories/{id}}: the report read through the gateway's cache,
 * parsed, its matrix built and rendered), the same page with a position selected, one of its articles'
 * pages, and the stories list. One client, sequential requests on one connection after a warm-up: the latency is
 * the gateway's own work plus loopback, which is what "rendered server-side" means for a reader.
 *
 * <p>Properties: bench.web.sizes (10,100,1000), bench.web.warmups (20), bench.web.requests (100), bench.quick.
 */
public final class WebPageBenchmark {

    record Page(String name, int articles, String path) {
    }

    record Timing(Page page, long bytes, double firstMs, double p50, double p90, double p99, double max) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Bench.integers("bench.web.sizes", "10,100,1000", "10,20");
        int warmups = Bench.integer("bench.web.warmups", 20, 3);
        int requests = Bench.integer("bench.web.requests", 100, 10);
        try (CrosscheckStack stack = CrosscheckStack.start(Bench.root(args))) {
            GatewayClient client = new GatewayClient(stack.gatewayUrl());
            List<ReportBenchmark.StoryUnderTest> stories = ReportBenchmark.build(stack.gatewayUrl(), sizes);
            List<Timing> timings = new ArrayList<>();
            for (ReportBenchmark.StoryUnderTest story : stories) {
                for (Page page : pages(client, story)) {
                    timings.add(measure(client, page, warmups, requests));
                }
            }
            timings.add(measure(client, new Page("stories list (/)", 0, "/"), warmups, requests));
            print(timings, warmups, requests);
        }
    }

    /** The pages of one story: its matrix, with a position selected, and the article of that position. */
    private static List<Page> pages(GatewayClient client, ReportBenchmark.StoryUnderTest story) throws Exception {
        JsonNode report = client.get("/api/stories/" + story.id()).json();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("story", story.articles(), "/stories/" + story.id()));
        for (JsonNode group : report.path("claims")) {
            JsonNode position = group.path("positions").path(0);
            if (!position.isMissingNode()) {
                pages.add(new Page("story, a position selected", story.articles(), "/stories/" + story.id() + "?claim="
                        + group.path("id").asText() + "&article=" + position.path("articleId").asText()));
                pages.add(new Page("article of that position", story.articles(), "/articles/"
                        + position.path("articleId").asText() + "?claim=" + position.path("claimId").asText()));
                break;
            }
        }
        return pages;
    }

    private static Timing measure(GatewayClient client, Page page, int warmups, int requests) throws Exception {
        long started = System.nanoTime();
        GatewayClient.Answer first = client.get(page.path());
        double firstMs = (System.nanoTime() - started) / 1e6;
        if (first.status() != 200) {
            // Timing an error page would time the wrong thing.
            throw new IllegalStateException(page.path() + " answered " + first.status() + ": " + first.body());
        }
        for (int i = 0; i < warmups; i++) {
            client.get(page.path());
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            GatewayClient.Answer answer = client.get(page.path());
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (answer.status() != 200) {
                throw new IllegalStateException(page.path() + " answered " + answer.status());
            }
        }
        Timing timing = new Timing(page, first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, firstMs,
                Bench.percentile(latencies, 50), Bench.percentile(latencies, 90), Bench.percentile(latencies, 99),
                latencies.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        Bench.log("%s (%d articles): p50 %.1f ms, p99 %.1f ms, %d bytes", page.name(), page.articles(), timing.p50(),
                timing.p99(), timing.bytes());
        return timing;
    }

    private static void print(List<Timing> timings, int warmups, int requests) {
        System.out.println("| page | story (articles) | page size | first request | p50 | p90 | p99 | max |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<String, Timing> hundred = new LinkedHashMap<>();
        for (Timing t : timings) {
            System.out.printf("| %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms |%n", t.page().name(),
                    t.page().articles() == 0 ? "—" : Bench.num(t.page().articles()), Bench.bytes(t.bytes()),
                    Bench.num(t.firstMs()), Bench.num(t.p50()), Bench.num(t.p90()), Bench.num(t.p99()), Bench.num(t.max()));
            if (t.page().articles() == 100) {
                hundred.put(t.page().name(), t);
            }
        }
        System.out.println();
        Timing story = hundred.get("story");
        System.out.println("- Target: the page of a 100-article story in under 300 ms server-side: " + (story == null
                ? "not measured in this run (no 100-article story)."
                : String.format("**%s** (p99 %s ms, first request %s ms).", story.p99() < 300 && story.firstMs() < 300
                        ? "met" : "not met", Bench.num(story.p99()), Bench.num(story.firstMs()))));
        System.out.printf("- One client, sequential requests on one connection: the first request, then %d warm-up "
                + "requests, then %d measured, per page; latency from sending the request to the last byte, HTML "
                + "uncompressed.%n", warmups, requests);
    }
}
