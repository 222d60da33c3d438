package io.crosscheck.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.article;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-client budgets, made small here (3 reads, 2 writes, refilled at one a minute, so that no refill happens
 * during a test): past the budget a client gets 429 problem+json with Retry-After and the neighbour is not called;
 * other clients keep theirs. Each test is another client address, forwarded as a proxy would
 * (X-Forwarded-For, trusted in this profile as in k8s).
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
@QuarkusTestResource(WireMockNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.crosscheck.gateway.rate-limit.enabled", "true",
                    "crosscheck.gateway.rate-limit.reads-per-minute", "1",
                    "crosscheck.gateway.rate-limit.read-burst", "3",
                    "crosscheck.gateway.rate-limit.writes-per-minute", "1",
                    "crosscheck.gateway.rate-limit.write-burst", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private String address;
    private final String article = "{\"title\":\"Ministry announces rail line\",\"body\":\"x\",\"source\":\"Wire\"}";

    @BeforeEach
    void stubNeighbours() {
        address = "198.51.100." + CLIENTS.incrementAndGet();
        WireMockNeighbours.reset();
        articleService.stubFor(get(anyUrl()).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20}")));
        String id = newId();
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(article(id))));
    }

    /** A request from this test's client address. */
    private RequestSpecification fromTheClient() {
        return given().header("X-Forwarded-For", address);
    }

    private RequestSpecification posting(String authorization) {
        return fromTheClient().header("Authorization", authorization).contentType("application/json").body(article);
    }

    @Test
    void aClientPastItsReadBudgetGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            fromTheClient().get("/api/articles").then().statusCode(200);
        }
        int retryAfter = Integer.parseInt(fromTheClient().get("/api/articles").then()
                .statusCode(429)
                .contentType(PROBLEM_JSON)
                .body("status", is(429))
                .body("instance", is("/api/articles"))
                .body("detail", containsString("1 reads a minute (bursts of 3)"))
                .extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        fromTheClient().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void writesHaveTheirOwnBudgetPerUserAndARefusedWriteIsNotPassedOn() {
        String alice = TestTokens.bearerOf("alice@newsroom.example", "editor");
        String bob = TestTokens.bearerOf("bob@newsroom.example", "editor");
        for (int i = 0; i < 2; i++) {
            posting(alice).post("/api/articles").then().statusCode(201);
        }
        posting(alice).post("/api/articles").then()
                .statusCode(429)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        articleService.verify(2, postRequestedFor(urlEqualTo("/api/articles")));

        posting(bob).post("/api/articles").then().statusCode(201);
        fromTheClient().get("/api/articles").then().statusCode(200);
    }

    /** An invented token is the caller's address, not a fresh client: it cannot buy a budget per request. */
    @Test
    void invalidTokensShareTheAddresssBudget() {
        for (int i = 0; i < 3; i++) {
            fromTheClient().header("Authorization", "Bearer invented-" + i).get("/api/articles").then().statusCode(200);
        }
        fromTheClient().header("Authorization", "Bearer invented-9").get("/api/articles").then().statusCode(429);
        fromTheClient().get("/api/articles").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/articles").then().statusCode(200);
    }
}
