package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.article;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The article API against stubbed neighbours: answers pass through with their meaning, the article is
 * merged with its analysis, and served degraded without the claim-service. No test here trips a circuit
 * breaker or relies on injection, so {@code GatewayIT} runs the same tests against the packaged gateway.
 */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
@QuarkusTestResource(TestTokens.class)
public class ArticleApiTest {

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void postPassesTheBodyThroughUnchangedAndAnswers201WithTheGatewaysLocation() {
        String id = newId();
        String body = "{\"title\" : \"Ministry announces rail line\",   \"body\": \"x\", \"source\": \"Example Wire\"}";
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", articleService.baseUrl() + "/api/articles/" + id)
                .withBody(article(id))));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body(body).post("/api/articles").then()
                .statusCode(201)
                .header("Location", endsWith("/api/articles/" + id))
                .header("Location", not(containsString(String.valueOf(articleService.port()))))
                .body("id", is(id))
                .body("version", is(3));
        articleService.verify(postRequestedFor(urlEqualTo("/api/articles"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo(body)));
    }

    @Test
    void duplicatePostAnswers200WithTheExistingArticle() {
        String id = newId();
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(article(id))));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("{}").post("/api/articles").then()
                .statusCode(200).body("id", is(id));
    }

    @Test
    void invalidArticleKeeps400AndItsFieldErrors() {
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM_JSON).withBody(Stubs.validationProblem("/api/articles"))));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("{\"title\":\"\"}").post("/api/articles").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", is(400))
                .body("instance", is("/api/articles"))
                .body("errors", hasSize(2))
                .body("errors[0].field", is("title"))
                .body("errors[1].field", is("publishedAt"))
                .body("errors[1].message", is("not an ISO-8601 date or instant"));
    }

    @Test
    void unsupportedMediaTypeIsJudgedByTheArticleServiceAndStays415() {
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(415)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(415, "Unsupported media type", "Send application/json", "/api/articles"))));

        given().header("Authorization", TestTokens.editor())
                .contentType("text/plain").body("just text").post("/api/articles").then()
                .statusCode(415).contentType(PROBLEM_JSON).body("title", is("Unsupported media type"));
        articleService.verify(postRequestedFor(urlEqualTo("/api/articles"))
                .withHeader("Content-Type", containingText("text/plain")));
    }

    @Test
    void getMergesTheArticleWithItsAnalysisAndClaims() {
        String id = newId();
        String storyId = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson(article(id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(okJson(Stubs.analysis(id, storyId))));

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", is(id))
                .body("title", is("Ministry announces rail line"))
                .body("publishedAt", is("2025-06-24T09:30:00Z"))
                .body("version", is(3))
                .body("storyId", is(storyId))
                .body("analysis.status", is("DONE"))
                .body("analysis.extractor", is("rules-v1"))
                .body("analysis.available", is(true))
                .body("claims", hasSize(1))
                .body("claims[0].articleId", is(id))
                .body("claims[0].claimant.role", is("transport ministry"))
                .body("claims[0].quantities[0].unit", is("km"));
    }

    @Test
    void articleTheClaimServiceHasNotHeardOfIsPendingButAvailable() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson(article(id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "unknown article", "/articles/" + id + "/analysis"))));

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("storyId", nullValue())
                .body("analysis.status", is("PENDING"))
                .body("analysis.extractor", nullValue())
                .body("analysis.available", is(true))
                .body("claims", empty());
    }

    @Test
    void articleIsServedDegradedWhenTheClaimServiceFails() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson(article(id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(500)));

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("id", is(id))
                .body("storyId", nullValue())
                .body("analysis.status", is("PENDING"))
                .body("analysis.extractor", nullValue())
                .body("analysis.available", is(false))
                .body("analysis.detail", startsWith("claim-service unavailable: "))
                .body("claims", empty());
    }

    @Test
    void unknownArticleStays404WhateverTheClaimServiceSays() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No article with id " + id, "/api/articles/" + id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        given().get("/api/articles/" + id).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", is("No article with id " + id))
                .body("instance", is("/api/articles/" + id));
    }

    @Test
    void unreadableArticleFromTheArticleServiceIs502NotAStackTrace() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson("[not an article")));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        given().get("/api/articles/" + id).then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("title", is("article-service unavailable"))
                .body("detail", is("article-service sent an unreadable answer"));
    }

    @Test
    void errorAnswerWithoutAProblemBodyStillReachesTheCallerAsProblemJson() {
        String id = newId();
        articleService.stubFor(put("/api/articles/" + id).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/plain").withBody("conflict")));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("{}").put("/api/articles/" + id).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", is(409))
                .body("detail", is("article-service answered HTTP 409"))
                .body("instance", is("/api/articles/" + id));
    }

    @Test
    void listPassesItsFiltersThrough() {
        articleService.stubFor(get(urlPathEqualTo("/api/articles")).willReturn(okJson(
                "{\"items\":[],\"page\":2,\"size\":5,\"total\":11}")));

        given().queryParam("source", "Example Wire").queryParam("q", "rail line").queryParam("from", "2025-06-01")
                .queryParam("to", "2025-06-30").queryParam("page", 2).queryParam("size", 5)
                .get("/api/articles").then()
                .statusCode(200).body("page", is(2)).body("total", is(11));
        articleService.verify(getRequestedFor(urlPathEqualTo("/api/articles"))
                .withQueryParam("source", equalTo("Example Wire"))
                .withQueryParam("q", equalTo("rail line"))
                .withQueryParam("from", equalTo("2025-06-01"))
                .withQueryParam("to", equalTo("2025-06-30"))
                .withQueryParam("page", equalTo("2"))
                .withQueryParam("size", equalTo("5")));
    }

    @Test
    void listWithABadFilterKeeps400AndItsFieldErrors() {
        articleService.stubFor(get(urlPathEqualTo("/api/articles")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM_JSON).withBody(
                        "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                                + "\"instance\":\"/api/articles\",\"errors\":[{\"field\":\"size\",\"message\":\"at most 100\"}]}")));

        given().queryParam("size", 1000).get("/api/articles").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", is("size"));
    }

    @Test
    void updatePassesTheBodyThroughAndAnswersTheStoredArticle() {
        String id = newId();
        String body = "{\"title\":\"New title\",\"body\":\"x\",\"source\":\"Example Wire\",\"version\":3}";
        articleService.stubFor(put("/api/articles/" + id).willReturn(okJson(article(id))));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body(body).put("/api/articles/" + id).then()
                .statusCode(200).body("id", is(id));
        articleService.verify(putRequestedFor(urlEqualTo("/api/articles/" + id)).withRequestBody(equalTo(body)));
    }

    @Test
    void deleteAnswers204() {
        String id = newId();
        articleService.stubFor(delete("/api/articles/" + id).willReturn(aResponse().withStatus(204)));

        given().header("Authorization", TestTokens.bearer("admin"))
                .delete("/api/articles/" + id).then().statusCode(204);
        articleService.verify(deleteRequestedFor(urlEqualTo("/api/articles/" + id)));
    }

    @Test
    void originalHtmlIsServedAsHtml() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id + "/html").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8").withBody("<p>Rail line</p>")));

        given().get("/api/articles/" + id + "/html").then()
                .statusCode(200).contentType(containsString("text/html")).body(is("<p>Rail line</p>"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void batchColonPathReachesTheArticleServiceWhenPercentEncoded() {
        String body = "[{\"title\":\"a\"},{\"title\":\"b\"}]";
        articleService.stubFor(post("/api/articles/batch").willReturn(okJson(
                "{\"created\":2,\"duplicates\":0,\"failed\":0,\"items\":[]}")));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body(body).post("/api/articles:batch").then()
                .statusCode(200).body("created", is(2));
        articleService.verify(postRequestedFor(urlEqualTo("/api/articles/batch")).withRequestBody(equalTo(body)));
    }

    @Test
    void batchColonPathWorksUnencodedAsCurlSendsIt() {
        articleService.stubFor(post("/api/articles/batch").willReturn(okJson(
                "{\"created\":0,\"duplicates\":0,\"failed\":0,\"items\":[]}")));

        given().header("Authorization", TestTokens.editor())
                .urlEncodingEnabled(false).contentType("application/json").body("[]").post("/api/articles:batch").then()
                .statusCode(200).body("created", is(0));
    }

    @Test
    void batchKeepsTheNdjsonContentTypeAndItsBytes() {
        String ndjson = "{\"title\":\"a\"}\n{\"title\":\"b\"}\n";
        articleService.stubFor(post("/api/articles/batch").willReturn(okJson(
                "{\"created\":2,\"duplicates\":0,\"failed\":0,\"items\":[]}")));

        given().header("Authorization", TestTokens.editor()).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/articles:batch").then().statusCode(200);
        articleService.verify(postRequestedFor(urlEqualTo("/api/articles/batch"))
                .withHeader("Content-Type", containingText("application/x-ndjson"))
                .withRequestBody(equalTo(ndjson)));
    }

    @Test
    void batchRefusalKeepsItsStatusAndTheContractPath() {
        articleService.stubFor(post("/api/articles/batch").willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(413, "Payload too large", "at most 1000 articles", "/api/articles/batch"))));

        given().header("Authorization", TestTokens.editor())
                .contentType("application/json").body("[]").post("/api/articles:batch").then()
                .statusCode(413).contentType(PROBLEM_JSON).body("instance", is("/api/articles:batch"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containingText(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }
}
