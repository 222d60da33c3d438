package io.crosscheck.e2e;

import io.crosscheck.testing.postgres.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Story cost as the story grows (run by {@code ./bench stories}, not a test): the packaged claim-service on a
 * real PostgreSQL receives generated articles about one event; for stories of 10, 100 and 1,000 articles it
 * prints the time to add an article (delivery to analysis DONE, one at a time) and the story report latency.
 * The articles are generated from templates written for this benchmark, seeded, so runs are comparable.
 */
public final class StoryBenchmark {

    private static final Pattern STORY_ID = Pattern.compile("\"storyId\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(PENDING|DONE|FAILED)\"");
    private static final String[] OUTLETS = {"Meridian News", "Capital Wire", "Gulf Monitor", "Baltic Herald",
            "Harbour Times", "Evening Courier", "Northern Dispatch", "Valley Post", "County Herald", "Coastal Gazette"};
    private static final String[] TOPICS = {"energy supplies", "grain exports", "air defence", "nuclear talks",
            "sanctions", "shipping routes", "a prisoner exchange", "oil prices"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Random random = new Random(42);

    private StoryBenchmark(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        // -Dbench.stories.sizes=10,100,1000 (the default; -Dbench.quick=true: 5,10,20)
        int[] sizes = java.util.Arrays.stream(System.getProperty("bench.stories.sizes",
                Boolean.getBoolean("bench.quick") ? "5,10,20" : "10,100,1000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startTemporary(EmbeddedPostgres.Durability.DURABLE, "claims")) {
            int port = EmbeddedPostgres.freePort();
            ServiceProcess claimService = new ServiceProcess(root, "claim-service", port, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("claims"),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", ""));
            claimService.start();
            try {
                new StoryBenchmark(claimService.baseUrl()).run(sizes);
            } finally {
                claimService.stop();
            }
        }
    }

    private void run(int[] sizes) throws Exception {
        System.out.println("| story size | add-article p50 (ms) | add-article p99 (ms) | report p50 (ms) | report p99 (ms) | report bytes |");
        System.out.println("|---|---|---|---|---|---|");
        int event = 0;
        List<double[]> growth = new ArrayList<>();  // articles, add-article p50, report p50
        for (int size : sizes) {
            event++;
            List<Double> addTimes = new ArrayList<>();
            String storyId = null;
            for (int i = 0; i < size; i++) {
                long start = System.nanoTime();
                String articleId = UUID.randomUUID().toString();
                put("/articles/" + articleId, article(event, i));
                String analysis = awaitDone(articleId);
                addTimes.add((System.nanoTime() - start) / 1e6);
                Matcher story = STORY_ID.matcher(analysis);
                if (storyId == null && story.find()) {
                    storyId = story.group(1);
                }
            }
            List<Double> reportTimes = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < 5; i++) {
                get("/stories/" + storyId);  // warm-up
            }
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                bytes = get("/stories/" + storyId).length();
                reportTimes.add((System.nanoTime() - start) / 1e6);
            }
            String report = get("/stories/" + storyId);
            int articles = report.split("\"publishedAt\"", -1).length - 1;
            System.out.printf("| %d (%d in the story) | %.0f | %.0f | %.0f | %.0f | %d |%n", size, articles,
                    percentile(addTimes, 50), percentile(addTimes, 99), percentile(reportTimes, 50),
                    percentile(reportTimes, 99), bytes);
            growth.add(new double[] {articles, percentile(addTimes, 50), percentile(reportTimes, 50)});
        }
        System.out.println();
        StringBuilder line = new StringBuilder("- How the cost grows (p50, each size against the one before): ");
        for (int i = 1; i < growth.size(); i++) {
            double[] g = growth.get(i);
            double[] p = growth.get(i - 1);
            line.append(i == 1 ? "" : "; ").append(String.format(java.util.Locale.ENGLISH,
                    "%.0f → %.0f articles (×%.1f): add-article ×%.2f, report ×%.2f", p[0], g[0], g[0] / p[0],
                    g[1] / p[1], g[2] / p[2]));
        }
        System.out.println(line.append(" (add-article ×1: constant per article added; report ×n: linear in the story)."));
    }

    /** One article about event {@code event}: shared people and places, varying outlets, figures and topics. */
    private String article(int event, int n) {
        String outlet = OUTLETS[n % OUTLETS.length] + (n >= OUTLETS.length ? " " + (n / OUTLETS.length) : "");
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        int agreements = 2 + random.nextInt(9);
        boolean denial = random.nextInt(5) == 0;
        String place = "Velmora-" + event;
        String text = "Russian President Vladimir Putin met Iranian Foreign Minister Abbas Araghchi in " + place
                + " on Monday, officials said. " + (denial
                ? "Kremlin spokesman Dmitry Peskov denied that any written message from Ali Khamenei was handed over. "
                : "Araghchi handed Putin a personal message from Iran's Supreme Leader Ali Khamenei, two officials said. ")
                + "The two sides signed " + agreements + " agreements on " + topic + ", according to the ministry. "
                + "Peskov told reporters that talks on " + topic + " would continue next month.";
        Instant published = Instant.parse("2025-06-23T08:00:00Z").plus(Duration.ofDays(event * 30L)).plusSeconds(n * 60L);
        String title = "Putin and Araghchi discuss " + topic + " in " + place;
        return "{\"title\":\"" + title + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"source\":\"" + outlet
                + "\",\"publishedAt\":\"" + published + "\",\"language\":\"en\",\"contentHash\":\""
                + Integer.toHexString(text.hashCode()) + n + "\",\"version\":0}";
    }

    private String awaitDone(String articleId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String analysis = getOrEmpty("/articles/" + articleId + "/analysis");
            Matcher status = STATUS.matcher(analysis);
            if (status.find() && !status.group(1).equals("PENDING")) {
                return analysis;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("article " + articleId + " not analysed in 60 s");
    }

    private void put(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Authorization", StackCredentials.serviceAuthorization())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private String getOrEmpty(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "";
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
