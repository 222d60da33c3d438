package io.crosscheck.article.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.crosscheck.article.model.OutboxEvent;
import io.crosscheck.serviceauth.testing.ServiceTokenTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract test of the outbox against a stubbed claim-service: delivered at least once, in order, with retries. */
@QuarkusTest
@TestProfile(OutboxDeliveryTest.FastOutbox.class)
@QuarkusTestResource(value = ClaimServiceStub.class, restrictToAnnotatedClass = true)
class OutboxDeliveryTest {

    public static class FastOutbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "crosscheck.outbox.enabled", "true",
                    "crosscheck.outbox.poll-interval", "0.1s",
                    "crosscheck.outbox.initial-backoff", "0.1s",
                    "crosscheck.outbox.max-backoff", "0.4s");
        }
    }

    @BeforeEach
    void resetStub() {
        ClaimServiceStub.server.resetAll();
    }

    private static String postArticle(String marker) {
        Map<String, Object> article = Map.of(
                "title", "Ministry announces new rail line",
                "body", "The transport ministry said on Wednesday it would build a 90-kilometre rail line. " + marker,
                "source", "Outbox Test Wire " + marker);
        return given().contentType(ContentType.JSON).body(article).post("/api/articles").then()
                .statusCode(201).extract().path("id");
    }

    private static long pendingEvents(String articleId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("articleId", UUID.fromString(articleId)));
    }

    @Test
    void storedArticleIsDeliveredWithItsTextAndTheServiceTokenAndTheEventRemoved() {
        ClaimServiceStub.server.stubFor(put(urlPathMatching("/articles/.*")).willReturn(aResponse().withStatus(204)));
        String marker = UUID.randomUUID().toString();
        String id = postArticle(marker);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ClaimServiceStub.server.verify(
                putRequestedFor(urlEqualTo("/articles/" + id))
                        .withHeader("Authorization", WireMock.equalTo("Bearer " + ServiceTokenTestResource.TOKEN))
                        .withRequestBody(containing("\"text\":\"The transport ministry said on Wednesday"))
                        .withRequestBody(containing("\"id\":\"" + id + "\""))
                        .withRequestBody(containing(marker))));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingEvents(id) == 0);
    }

    @Test
    void deliveryIsRetriedWhileTheClaimServiceFails() {
        var stub = ClaimServiceStub.server;
        stub.stubFor(put(urlPathMatching("/articles/.*")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        stub.stubFor(put(urlPathMatching("/articles/.*")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        stub.stubFor(put(urlPathMatching("/articles/.*")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        String id = postArticle(UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents(id) == 0);
        assertEquals(3, stub.findAll(putRequestedFor(urlEqualTo("/articles/" + id))).size(),
                "two failures, then one success, then no repeat");
    }

    @Test
    void deletionReachesTheClaimServiceAndNeverOvertakesTheCreation() {
        var stub = ClaimServiceStub.server;
        stub.stubFor(put(urlPathMatching("/articles/.*")).willReturn(aResponse().withStatus(204)));
        stub.stubFor(delete(urlPathMatching("/articles/.*")).willReturn(aResponse().withStatus(204)));
        String id = postArticle(UUID.randomUUID().toString());
        given().delete("/api/articles/" + id).then().statusCode(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> stub.verify(deleteRequestedFor(urlEqualTo("/articles/" + id))));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingEvents(id) == 0);
        var requests = stub.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/articles/" + id))
                .map(e -> e.getRequest().getMethod().getName() + "@" + e.getRequest().getLoggedDate().getTime())
                .sorted((a, b) -> Long.compare(Long.parseLong(a.split("@")[1]), Long.parseLong(b.split("@")[1])))
                .map(e -> e.split("@")[0])
                .toList();
        assertEquals("DELETE", requests.get(requests.size() - 1), "the deletion is the last word: " + requests);
    }

    @Test
    void deletionOfAnArticleTheClaimServiceNeverSawCountsAsDelivered() {
        var stub = ClaimServiceStub.server;
        stub.stubFor(put(urlPathMatching("/articles/.*")).willReturn(aResponse().withStatus(204)));
        stub.stubFor(delete(urlPathMatching("/articles/.*")).willReturn(aResponse().withStatus(404)));
        String id = postArticle(UUID.randomUUID().toString());
        given().delete("/api/articles/" + id).then().statusCode(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents(id) == 0);
    }
}
