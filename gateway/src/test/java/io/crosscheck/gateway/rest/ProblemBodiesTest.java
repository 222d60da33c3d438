package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole problem bodies, byte for byte, from each place in the gateway that makes one: the shared mappers and
 * ProblemResponses of the crosscheck-http-problem jar (found by Quarkus only through its Jandex index) and the
 * gateway's own neighbour mapper. Other tests check single fields; these pin the exact answer clients see.
 */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
public class ProblemBodiesTest {

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void errorAnswersTooTellBrowsersNotToSniffTheirType() {
        given().get("/api/articles/x/y/z").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    /** The request-line and header limits answer before any route, still as problem+json (RequestLimits). */
    @Test
    void aUriOrHeadersPastTheirLimitsAnswer414And431Problems() {
        given().queryParam("q", "x".repeat(5000)).get("/api/articles").then()
                .statusCode(414).contentType(PROBLEM_JSON)
                .body("title", is("URI too long"))
                .body("detail", is("The URI is longer than 4096 characters"))
                .body("instance", is("/api/articles"));
        given().header("X-Padding", "y".repeat(25_000)).get("/api/articles").then()
                .statusCode(431).contentType(PROBLEM_JSON)
                .body("status", is(431))
                .body("detail", is("The request headers are larger than 20480 bytes"));
        articleService.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void jaxRsErrorIsAnsweredByTheSharedMapper() {
        given().get("/api/articles/x/y/z").then()
                .statusCode(404).contentType(PROBLEM_JSON)
                .body("type", is("about:blank"))
                .body("title", is("Not Found"))
                .body("status", is(404))
                .body("instance", is("/api/articles/x/y/z"));
    }

    @Test
    void neighbourErrorWithoutAProblemBodyIsWrappedByProblemResponses() {
        String id = newId();
        articleService.stubFor(put("/api/articles/" + id).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/plain").withBody("conflict")));

        given().header("Authorization", TestTokens.editor()).contentType("application/json").body("{}")
                .put("/api/articles/" + id).then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body(is("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"article-service answered HTTP 409\",\"instance\":\"/api/articles/" + id + "\"}"));
    }

    @Test
    void neighbourWithoutAnAnswerIsTheGatewaysOwnProblem() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson("[not an article")));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        given().get("/api/articles/" + id).then()
                .statusCode(502).contentType(PROBLEM_JSON)
                .body(is("{\"type\":\"about:blank\",\"title\":\"article-service unavailable\",\"status\":502,"
                        + "\"detail\":\"article-service sent an unreadable answer\","
                        + "\"instance\":\"/api/articles/" + id + "\"}"));
    }
}
