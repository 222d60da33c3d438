package io.crosscheck.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.testing.postgres.EmbeddedPostgres;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product as users meet it: three packaged services as real processes, real HTTP between them,
 * a real PostgreSQL, and only the gateway driven. Articles are our own text modelled on the founding story.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrosscheckEndToEndIT {

    private static EmbeddedPostgres postgres;
    private static ServiceProcess claimService;
    private static ServiceProcess articleService;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startTheProduct() {
        Path root = Path.of(System.getProperty("crosscheck.root", "..")).toAbsolutePath().normalize();
        postgres = EmbeddedPostgres.startTemporary("articles", "claims");
        int[] ports = ServiceProcess.freePorts(3);
        int claimPort = ports[0];
        int articlePort = ports[1];
        int gatewayPort = ports[2];
        Map<String, String> neighbours = Map.of(
                "QUARKUS_REST_CLIENT_CLAIM_SERVICE_URL", "http://127.0.0.1:" + claimPort,
                "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + articlePort);
        claimService = new ServiceProcess(root, "claim-service", claimPort, merge(neighbours, database("claims")));
        // A short back-off ceiling so that the restart test does not wait minutes for the next delivery.
        articleService = new ServiceProcess(root, "article-service", articlePort, merge(merge(neighbours,
                database("articles")), Map.of("CROSSCHECK_OUTBOX_MAX_BACKOFF", "3s")));
        gateway = new ServiceProcess(root, "gateway", gatewayPort, neighbours);
        claimService.start();
        articleService.start();
        gateway.start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = gatewayPort;
    }

    @AfterAll
    static void stopTheProduct() {
        for (ServiceProcess service : new ServiceProcess[] {gateway, articleService, claimService}) {
            if (service != null) {
                service.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theFoundingStoryIsOneContestedStoryWithEachSourcesStance() {
        String reported = post(FoundingStory.REPORTED);
        String denied = post(FoundingStory.DENIED);
        String hedged = post(FoundingStory.HEDGED);
        for (String id : List.of(reported, denied, hedged)) {
            awaitAnalysis(id, "DONE");
        }
        String story = given().get("/api/articles/" + reported).then().statusCode(200).extract().path("storyId");
        assertNotNull(story);
        assertEquals(story, given().get("/api/articles/" + denied).then().extract().path("storyId"));
        assertEquals(story, given().get("/api/articles/" + hedged).then().extract().path("storyId"));

        Map<String, Object> report = given().get("/api/stories/" + story).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(3, ((List<?>) report.get("articles")).size());
        assertEquals(List.of(), report.get("splits"), "one event: never split");
        List<Map<String, Object>> claims = (List<Map<String, Object>>) report.get("claims");
        // Groups where both articles have a claim: the story's headline group holds positions read without one.
        Map<String, Object> message = claims.stream()
                .filter(c -> claimPosition(c, reported) != null && claimPosition(c, denied) != null)
                .findFirst().orElseThrow(() -> new AssertionError("no claim group holds the report and the denial: " + claims));
        assertEquals("CONTESTED", message.get("status"));
        assertEquals("SUPPORTS", position(message, reported).get("stance"));
        Map<String, Object> denial = position(message, denied);
        assertEquals("DENIES", denial.get("stance"));
        assertEquals("Dmitry Peskov", ((Map<?, ?>) denial.get("claimant")).get("name"));
        assertTrue(((List<?>) message.get("conflicts")).stream().anyMatch(c -> "DENIAL".equals(((Map<?, ?>) c).get("kind"))));
        Map<String, Object> hedgedPosition = claims.stream().filter(c -> claimPosition(c, reported) != null)
                .map(c -> claimPosition(c, hedged)).filter(p -> p != null).findFirst()
                .orElseThrow(() -> new AssertionError("the hedged report shares no claim with the first report"));
        assertEquals("SUPPORTS", hedgedPosition.get("stance"));
        assertEquals(true, hedgedPosition.get("hedged"));

        // The story's headline (the first article's title) is a group every article is read toward, without claims.
        List<Map<String, Object>> headlines = claims.stream().filter(c -> Boolean.TRUE.equals(c.get("headline"))).toList();
        assertEquals(1, headlines.size(), "one headline group: " + claims);
        assertTrue(List.of(FoundingStory.REPORTED.title(), FoundingStory.DENIED.title(), FoundingStory.HEDGED.title())
                .contains(headlines.get(0).get("statement")), "its statement is a title: " + headlines.get(0));
        assertTrue(((List<Map<String, Object>>) headlines.get(0).get("positions")).stream()
                .allMatch(p -> p.get("claimId") == null && !"DENIES".equals(p.get("stance"))), headlines.get(0).toString());
    }

    @Test
    @Order(2)
    void articlesStoredWhileTheClaimServiceIsDownAreAnalysedWhenItReturns() {
        claimService.stop();
        String first = post("Dockers strike at the southern terminal", """
                Dock workers at the southern terminal of the port of Valmora walked out on Tuesday, the union said. \
                About 800 workers joined the strike over pay, according to the port operator.""",
                "Coastal Gazette", "2025-07-01T09:00:00Z");
        String second = post("Valmora port strike enters second day", """
                The strike at the port of Valmora entered its second day on Wednesday, union leaders said. \
                The port operator said 60 ships were waiting to unload.""", "Valmora Daily", "2025-07-02T09:00:00Z");
        given().get("/api/articles/" + first).then().statusCode(200)
                .body("analysis.status", org.hamcrest.Matchers.equalTo("PENDING"));

        claimService.start();
        awaitAnalysis(first, "DONE");
        awaitAnalysis(second, "DONE");
    }

    /** Two claims compared through the gateway by the claim-service's model: one fact, two places. */
    @Test
    @Order(3)
    void twoPlacesForOneMeetingConflict() {
        given().contentType(ContentType.JSON)
                .body(Map.of("a", "Araghchi and Lavrov held talks in Geneva on Tuesday.",
                        "b", "Araghchi and Lavrov held talks in Vienna on Tuesday."))
                .post("/api/claims/compare").then().statusCode(200)
                .body("relation", org.hamcrest.Matchers.equalTo("CONFLICTS"))
                .body("detail", org.hamcrest.Matchers.containsString("places"));
    }

    /** Writes need an editor's token at the gateway, and the internal services answer writes only to each other. */
    @Test
    @Order(4)
    void writesWithoutTheirCredentialsAreRefusedAtEveryService() {
        Map<String, Object> article = Map.of("title", "Forged report", "body", "A made-up article nobody wrote.",
                "source", "Nowhere Wire");
        given().contentType(ContentType.JSON).body(article).post("/api/articles").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", StackCredentials.editor()).delete("/api/articles/" + UUID.randomUUID()).then()
                .statusCode(403);

        given().baseUri(articleService.baseUrl()).port(articleService.port()).contentType(ContentType.JSON)
                .body(article).post("/api/articles").then().statusCode(401).contentType("application/problem+json");
        String forged = UUID.randomUUID().toString();
        given().baseUri(claimService.baseUrl()).port(claimService.port()).contentType(ContentType.JSON)
                .body(Map.of("id", forged, "title", "Forged report", "text", "Kremlin spokesman Dmitry Peskov said"
                        + " on Wednesday that Putin did not receive a written message.", "source", "Nowhere Wire"))
                .put("/articles/" + forged).then().statusCode(401);
        given().baseUri(claimService.baseUrl()).port(claimService.port()).get("/articles/" + forged + "/analysis")
                .then().statusCode(404);
    }

    private static String post(FoundingStory.Article article) {
        return post(article.title(), article.body(), article.source(), article.publishedAt());
    }

    private static String post(String title, String body, String source, String publishedAt) {
        return given().header("Authorization", StackCredentials.editor()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "source", source, "publishedAt", publishedAt))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    private static void awaitAnalysis(String articleId, String status) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertEquals(status, given().get("/api/articles/" + articleId).then().statusCode(200)
                        .extract().path("analysis.status")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> position(Map<String, Object> claimGroup, String articleId) {
        return ((List<Map<String, Object>>) claimGroup.get("positions")).stream()
                .filter(p -> articleId.equals(p.get("articleId"))).findFirst().orElse(null);
    }

    /** The article's position in the group when it rests on a claim of the article (a member), else null. */
    private static Map<String, Object> claimPosition(Map<String, Object> claimGroup, String articleId) {
        Map<String, Object> position = position(claimGroup, articleId);
        return position != null && position.get("claimId") != null ? position : null;
    }

    private static Map<String, String> database(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        java.util.HashMap<String, String> merged = new java.util.HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
