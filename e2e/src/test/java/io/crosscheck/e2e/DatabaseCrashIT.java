package io.crosscheck.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.testing.postgres.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a user's database promises: PostgreSQL (durable, as {@code ./run} starts it) is stopped as a crash would
 * stop it, in the middle of an ingestion, and started again. Every article the article-service answered 201 must
 * be there afterwards, and analysed by the claim-service. Requests that failed while the database was down were
 * never acknowledged and may be missing.
 */
class DatabaseCrashIT {

    private static final int ARTICLES = 200;
    private static final int CLIENTS = 4;
    private static final int CRASH_AFTER_ACKNOWLEDGED = 60;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static EmbeddedPostgres postgres;
    private static ServiceProcess claimService;
    private static ServiceProcess articleService;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServicesOnADurableDatabase() {
        Path root = Path.of(System.getProperty("crosscheck.root", "..")).toAbsolutePath().normalize();
        postgres = EmbeddedPostgres.startTemporary(EmbeddedPostgres.Durability.DURABLE, "articles", "claims");
        int[] ports = ServiceProcess.freePorts(2);
        Map<String, String> neighbours = Map.of("QUARKUS_REST_CLIENT_CLAIM_SERVICE_URL", "http://127.0.0.1:" + ports[0]);
        claimService = new ServiceProcess(root, "claim-service", ports[0], merge(neighbours, database("claims")));
        articleService = new ServiceProcess(root, "article-service", ports[1],
                merge(merge(neighbours, database("articles")), Map.of("CROSSCHECK_OUTBOX_MAX_BACKOFF", "3s")));
        claimService.start();
        articleService.start();
    }

    @AfterAll
    static void stopEverything() {
        for (ServiceProcess service : new ServiceProcess[] {articleService, claimService}) {
            if (service != null) {
                service.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyAcknowledgedArticleSurvivesACrashOfTheDatabaseAndIsAnalysed() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> posting = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            posting.add(clients.submit(() -> {
                for (int i = client; i < ARTICLES; i += CLIENTS) {
                    String id = post(i);
                    if (id != null) {
                        acknowledged.add(id);
                    } else {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= CRASH_AFTER_ACKNOWLEDGED);
        postgres.crash();
        Thread.sleep(2_000);  // requests meanwhile fail and are not acknowledged
        postgres.restart();
        for (Future<?> client : posting) {
            client.get();
        }
        clients.shutdown();

        System.out.printf("DatabaseCrashIT: %d acknowledged, %d refused%n", acknowledged.size(), refused.get());
        assertTrue(acknowledged.size() > CRASH_AFTER_ACKNOWLEDGED,
                "posting went on after the restart (" + acknowledged.size() + " acknowledged, " + refused + " refused)");
        List<String> missing = acknowledged.stream().filter(id -> status("/api/articles/" + id, articleService) != 200)
                .toList();
        assertEquals(List.of(), missing, "acknowledged articles gone after the crash");
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> notAnalysed = acknowledged.stream()
                    .filter(id -> !analysisOf(id).contains("\"status\":\"DONE\"")).toList();
            assertEquals(List.of(), notAnalysed, "acknowledged articles not analysed");
        });
    }

    /** The id of the stored article when the article-service acknowledged it (201), else null. */
    private String post(int n) {
        String json = """
                {"title": "Harbour report %1$d: %2$d ships held at the northern pier",
                 "body": "The harbour authority said on Tuesday that %2$d ships were held at the northern pier of \
                Valmora after inspection %1$d found damaged moorings. A spokesperson said repairs would take %3$d days.",
                 "source": "Crash Test Wire %4$d", "publishedAt": "2026-11-0%5$dT08:00:00Z"}"""
                .formatted(n, 3 + n % 17, 2 + n % 5, n % 7, 1 + n % 9);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(articleService.baseUrl() + "/api/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", StackCredentials.serviceAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            return response.statusCode() == 201 && id.find() ? id.group(1) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private int status(String path, ServiceProcess service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The claim-service's analysis of the article as JSON without spaces; empty when it cannot be read. */
    private String analysisOf(String articleId) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(claimService.baseUrl() + "/articles/" + articleId
                    + "/analysis")).GET().build(), HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Map<String, String> database(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
