package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.gateway.WireMockNeighbours;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What ops and API users see besides /api: health, metrics, the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
public class OperationsTest {

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void gatewayStaysReadyWhenTheClaimServiceIsDownAndSaysSo() {
        articleService.stubFor(get("/q/health/live").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
        WireMockNeighbours.claimService.stubFor(get("/q/health/live").willReturn(aResponse().withStatus(503)));

        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'neighbours' }.data.article-service", is("UP"))
                .body("checks.find { it.name == 'neighbours' }.data.claim-service", startsWith("DOWN"));
    }

    @Test
    void openApiShowsTheContractsBatchPathAndNeighbourFailures() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/articles:batch"))
                .body("paths", not(hasKey("/api/articles/batch")))
                .body("paths.'/api/articles/{id}'.get.summary", is("Get one article with its analysis"))
                .body("paths.'/api/stories/{id}'.get.responses", hasKey("504"))
                .body("paths.'/api/claims/check'.post.responses", hasKey("503"))
                .body("paths.'/api/stance'.post.responses", hasKey("502"))
                .body("paths.'/api/claims/compare'.post.responses", hasKey("400"))
                .body("paths.'/api/claims/compare'.post.requestBody.content.'application/json'.examples",
                        hasKey("different counts"))
                .body("components.schemas.CompareResult.properties.relation.enum", hasItems("SAME", "CONFLICTS",
                        "RELATED", "UNRELATED"))
                .body("components.schemas", hasKey("Claim"))
                .body("components.schemas", hasKey("StoryReport"))
                .body("paths.'/api/articles/{id}'.get.responses.'502'.content.'application/problem+json'"
                        + ".examples.problem.value.title", is("article-service unavailable"))
                .body("paths.'/api/stories'.get.responses.'504'.content.'application/problem+json'"
                        + ".examples.problem.value.title", is("claim-service timed out"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownApiPathIsAProblemToo() {
        given().get("/api/articles/x/y/z").then()
                .statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void bodyOverTheGatewaysLimitIsRefusedWith413ProblemBeforeAnyNeighbourIsCalled() throws Exception {
        // Only the headers are sent: the gateway must answer from the announced length, without reading 32 MB.
        String answer;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/articles:batch HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (32L * 1024 * 1024 + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = readUntil(socket, "Payload too large");
        }
        assertThat(answer, startsWith("HTTP/1.1 413"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("\"title\":\"Payload too large\""));
        assertEquals(0, articleService.getAllServeEvents().size());
    }

    private static String readUntil(Socket socket, String expected) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().contains(expected) && (read = socket.getInputStream().read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }
}
