package io.crosscheck.gateway.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.gateway.FastFailures;
import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim-service wrapper's policy: failures become 502/503/504, except for the analysis, which degrades. */
@QuarkusTest
@TestProfile(FastFailures.class)
@QuarkusTestResource(WireMockNeighbours.class)
class ClaimServiceClientTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        FastFailures.warmUp();
        WireMockNeighbours.reset();
        breakers.resetAll();
    }

    @Test
    void serverErrorOnStoriesBecomes502NamingTheClaimService() {
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(aResponse().withStatus(500)));

        given().get("/api/stories").then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("title", is("claim-service unavailable"))
                .body("detail", is("claim-service answered HTTP 500"));
        assertEquals(3, claimService.findAll(getRequestedFor(urlPathEqualTo("/stories"))).size(), "retried twice");
    }

    @Test
    void slowStoryReportBecomes504() {
        String id = newId();
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(5000)));

        given().get("/api/stories/" + id).then()
                .statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("title", is("claim-service timed out"))
                .body("instance", is("/api/stories/" + id));
    }

    @Test
    void claimCheckIsNotRetried() {
        claimService.stubFor(post("/claims/check").willReturn(aResponse().withStatus(503)));

        given().contentType("application/json").body("{\"claim\":\"x\"}").post("/api/claims/check").then()
                .statusCode(502).contentType(PROBLEM_JSON);
        assertEquals(1, claimService.findAll(postRequestedFor(urlEqualTo("/claims/check"))).size());
    }

    @Test
    void openCircuitAnswers503WithoutCallingTheClaimService() {
        claimService.stubFor(post("/stance").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            given().contentType("application/json").body("{}").post("/api/stance").then().statusCode(502);
        }
        claimService.resetRequests();

        given().contentType("application/json").body("{}").post("/api/stance").then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("title", is("claim-service unavailable"));
        assertEquals(0, claimService.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void articleIsServedDegradedWhenTheAnalysisIsTooSlow() {
        String id = newId();
        stubArticle(id);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Stubs.analysis(id, newId()))
                .withFixedDelay(5000)));

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("id", is(id))
                .body("analysis.status", is("PENDING"))
                .body("analysis.available", is(false))
                .body("analysis.detail", containsString("time limit"))
                .body("storyId", nullValue())
                .body("claims", empty());
    }

    @Test
    void articleIsServedDegradedWithoutCallingTheClaimServiceWhenItsCircuitIsOpen() {
        String id = newId();
        stubArticle(id);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 3; i++) {
            given().get("/api/articles/" + id).then().statusCode(200).body("analysis.available", is(false));
        }
        claimService.resetRequests();

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("analysis.available", is(false))
                .body("analysis.detail", containsString("circuit breaker open"));
        assertEquals(0, claimService.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void articleIsServedDegradedWhenTheAnalysisIsUnreadable() {
        String id = newId();
        stubArticle(id);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": [")));

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("analysis.status", is("PENDING"))
                .body("analysis.available", is(false));
    }

    @Test
    void analysisCircuitOpenDoesNotStopStories() {
        String id = newId();
        stubArticle(id);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 3; i++) {
            given().get("/api/articles/" + id).then().statusCode(200);
        }
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));

        given().get("/api/stories").then().statusCode(200).body("total", is(0));
    }

    private static void stubArticle(String id) {
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Stubs.article(id))));
    }
}
