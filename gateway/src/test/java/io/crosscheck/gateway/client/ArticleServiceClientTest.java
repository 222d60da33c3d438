package io.crosscheck.gateway.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import io.crosscheck.gateway.FastFailures;
import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article-service wrapper's policy, seen from the public API: what each kind of failure becomes. */
@QuarkusTest
@TestProfile(FastFailures.class)
@QuarkusTestResource(WireMockNeighbours.class)
class ArticleServiceClientTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        FastFailures.warmUp();
        WireMockNeighbours.reset();
        breakers.resetAll();
        // The analysis is not under test here: the claim-service simply has not heard of the article.
        WireMockNeighbours.claimService.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
    }

    @Test
    void serverErrorOnAReadIsRetriedAndBecomes502NamingTheArticleService() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(500)));

        given().get("/api/articles/" + id).then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("title", is("article-service unavailable"))
                .body("detail", is("article-service answered HTTP 500"))
                .body("instance", is("/api/articles/" + id))
                .body(not(containsString("Exception")));
        assertEquals(3, articleService.findAll(getRequestedFor(urlEqualTo("/api/articles/" + id))).size(),
                "one call and two retries");
    }

    @Test
    void readSucceedsWhenARetryFollowsATransientFailure() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        articleService.stubFor(get("/api/articles/" + id).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Stubs.article(id))));

        given().get("/api/articles/" + id).then().statusCode(200).body("id", is(id));
    }

    @Test
    void createIsNeverRetried() {
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(500)));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("{}").post("/api/articles").then()
                .statusCode(502).contentType(PROBLEM_JSON).body("title", is("article-service unavailable"));
        assertEquals(1, articleService.findAll(postRequestedFor(urlEqualTo("/api/articles"))).size());
    }

    @Test
    void deleteIsRetriedOnServerError() {
        String id = newId();
        articleService.stubFor(delete("/api/articles/" + id).willReturn(aResponse().withStatus(502)));

        given().header("Authorization", TestTokens.bearer("admin"))
                .delete("/api/articles/" + id).then().statusCode(502).contentType(PROBLEM_JSON);
        assertEquals(3, articleService.findAll(deleteRequestedFor(urlEqualTo("/api/articles/" + id))).size());
    }

    @Test
    void notFoundIsAnAnswerNotAFailureSoItIsNeitherRetriedNorMapped() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No article with id " + id, "/api/articles/" + id))));

        given().get("/api/articles/" + id).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("title", is("Not found"));
        assertEquals(1, articleService.findAll(getRequestedFor(urlEqualTo("/api/articles/" + id))).size());
    }

    @Test
    void answerSlowerThanTheTimeLimitBecomes504AndIsNotRetried() {
        articleService.stubFor(get(urlPathEqualTo("/api/articles")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}").withFixedDelay(5000)));

        given().get("/api/articles").then()
                .statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("title", is("article-service timed out"));
        assertEquals(1, articleService.findAll(getRequestedFor(urlPathEqualTo("/api/articles"))).size());
    }

    @Test
    void droppedConnectionBecomes502() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().get("/api/articles/" + id).then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("title", is("article-service unavailable"))
                .body("detail", startsWith("article-service unreachable"));
    }

    @Test
    void openCircuitAnswers503WithoutCallingTheArticleService() {
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", TestTokens.editor())
                    .contentType("application/json").body("{}").post("/api/articles").then().statusCode(502);
        }
        articleService.resetRequests();

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("{}").post("/api/articles").then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("title", is("article-service unavailable"))
                .body("detail", containsString("circuit breaker open"));
        assertEquals(0, articleService.findAll(anyRequestedFor(anyUrl())).size());
    }
}
