package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stories, claim checks and stance pass through to the claim-service's internal API, answers unchanged. */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
public class ClaimApiTest {

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void storiesArePassedThroughWithTheirPaging() {
        String storyId = newId();
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(okJson("""
                {"items":[{"id":"%s","title":"Rail line","articleCount":2,"sources":["A","B"],
                 "firstPublishedAt":"2025-06-24T09:30:00Z","lastPublishedAt":"2025-06-24T12:00:00Z",
                 "contestedCount":1}],"page":1,"size":10,"total":11}""".formatted(storyId))));

        given().queryParam("page", 1).queryParam("size", 10).queryParam("sort", "contested").get("/api/stories").then()
                .statusCode(200)
                .body("items[0].id", is(storyId))
                .body("items[0].sources", hasSize(2))
                .body("items[0].contestedCount", is(1))
                .body("total", is(11));
        claimService.verify(getRequestedFor(urlPathEqualTo("/stories"))
                .withQueryParam("page", equalTo("1")).withQueryParam("size", equalTo("10"))
                .withQueryParam("sort", equalTo("contested")));
    }

    @Test
    void storyReportIsPassedThrough() {
        String id = newId();
        String article = newId();
        claimService.stubFor(get("/stories/" + id).willReturn(okJson("""
                {"id":"%s","title":"Rail line","articles":[{"id":"%s","title":"Line approved","source":"Rail Post",
                 "publishedAt":"2025-05-01T10:00:00Z","origin":"agency:reuters"}],"claims":[{"id":"g1",
                 "statement":"A line will be built","status":"CONTESTED","positions":[{"articleId":"%s",
                 "source":"Rail Post","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,
                 "evidence":"A line will be built.","origin":"agency:reuters"}],"conflicts":[{"kind":"NUMBER",
                 "claimIds":["a","b"],"detail":"90 km against 60 km"}]}]}""".formatted(id, article, article, newId()))));

        given().get("/api/stories/" + id).then()
                .statusCode(200)
                .body("id", is(id))
                .body("claims[0].status", is("CONTESTED"))
                .body("claims[0].conflicts[0].kind", is("NUMBER"))
                .body("articles[0].origin", is("agency:reuters"))
                .body("claims[0].positions[0].origin", is("agency:reuters"));
    }

    @Test
    void storyReportIsRevalidatedByETagAndServedFromTheGatewaysCopyWhenUnchanged() {
        String id = newId();
        String tag = "\"" + id + "-3\"";
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", tag)
                .withBody("{\"id\":\"" + id + "\",\"title\":\"Bridge\",\"articles\":[],\"claims\":[]}")));
        given().get("/api/stories/" + id).then().statusCode(200).header("ETag", tag).body("title", is("Bridge"));

        // Unchanged: the claim-service answers 304 to the gateway's If-None-Match; the caller still gets the report.
        claimService.stubFor(get("/stories/" + id).withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
        given().get("/api/stories/" + id).then().statusCode(200).header("ETag", tag).body("title", is("Bridge"));
        claimService.verify(getRequestedFor(urlEqualTo("/stories/" + id)).withHeader("If-None-Match", equalTo(tag)));

        // A caller that holds the same revision gets 304 without a body.
        given().header("If-None-Match", tag).get("/api/stories/" + id).then().statusCode(304).header("ETag", tag);
    }

    @Test
    void aMergedStoryAnswers308ToTheStoryItJoinedUnderTheGatewaysPath() {
        String merged = newId();
        String into = newId();
        claimService.stubFor(get("/stories/" + merged).willReturn(aResponse().withStatus(308)
                .withHeader("Location", "http://claim-service:8080/stories/" + into)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(308, "Story merged", "Story " + merged + " was merged into story " + into,
                        "/stories/" + merged))));

        given().redirects().follow(false).get("/api/stories/" + merged).then()
                .statusCode(308)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/stories/" + into))
                .contentType(PROBLEM_JSON)
                .body("detail", org.hamcrest.Matchers.containsString(into))
                .body("instance", is("/api/stories/" + merged));
    }

    @Test
    void unknownStoryStays404WithTheGatewaysPathAsInstance() {
        String id = newId();
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No story with id " + id, "/stories/" + id))));

        given().get("/api/stories/" + id).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", is("No story with id " + id))
                .body("instance", is("/api/stories/" + id));
    }

    @Test
    void claimCheckPassesTheBodyThroughAndAnswersTheMatches() {
        String body = "{\"claim\":\"The ministry will build a rail line\",\"limit\":3}";
        claimService.stubFor(post("/claims/check").willReturn(okJson("""
                {"claim":"The ministry will build a rail line","matches":[{"articleId":"a1","source":"Example Wire",
                 "title":"Rail line","stance":"SUPPORTS","score":0.9,"evidence":[{"sentence":"s","start":0,"end":1}]}]}""")));

        given().contentType("application/json").body(body).post("/api/claims/check").then()
                .statusCode(200)
                .body("matches[0].stance", is("SUPPORTS"))
                .body("matches[0].evidence[0].end", is(1));
        claimService.verify(postRequestedFor(urlEqualTo("/claims/check")).withRequestBody(equalTo(body)));
    }

    @Test
    void claimCheckKeeps400AndItsFieldErrors() {
        claimService.stubFor(post("/claims/check").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM_JSON).withBody("""
                        {"type":"about:blank","title":"Invalid request","status":400,"detail":"claim: must not be blank",
                         "instance":"/claims/check","errors":[{"field":"claim","message":"must not be blank"}]}""")));

        given().contentType("application/json").body("{}").post("/api/claims/check").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", is("claim"))
                .body("errors[0].message", is("must not be blank"))
                .body("instance", is("/api/claims/check"));
    }

    @Test
    void stanceIsPassedThrough() {
        claimService.stubFor(post("/stance").willReturn(okJson(
                "{\"stance\":\"DENIES\",\"confidence\":0.91,\"evidence\":[]}")));

        given().contentType("application/json").body("{\"claim\":\"c\",\"text\":\"t\"}").post("/api/stance").then()
                .statusCode(200).body("stance", is("DENIES"));
    }

    @Test
    void claimComparisonIsPassedThroughBothWays() {
        String body = "{\"a\":\"12 injured\",\"b\":\"7 injured\"}";
        claimService.stubFor(post("/claims/compare").willReturn(okJson(
                "{\"relation\":\"CONFLICTS\",\"score\":0.93,\"detail\":\"the same fact, but figures 12 against 7\"}")));

        given().contentType("application/json").body(body).post("/api/claims/compare").then()
                .statusCode(200).body("relation", is("CONFLICTS")).body("detail", is("the same fact, but figures 12 against 7"));
        claimService.verify(postRequestedFor(urlEqualTo("/claims/compare")).withRequestBody(equalTo(body)));
    }

    @Test
    void claimComparisonKeeps400WithTheGatewaysPath() {
        claimService.stubFor(post("/claims/compare").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM_JSON).withBody("""
                        {"type":"about:blank","title":"Invalid request","status":400,"detail":"b: is required",
                         "instance":"/claims/compare","errors":[{"field":"b","message":"is required"}]}""")));

        given().contentType("application/json").body("{\"a\":\"x\"}").post("/api/claims/compare").then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", is("b"))
                .body("instance", is("/api/claims/compare"));
    }

    /** Sent on, the claim-service would close the connection mid-upload and the caller would see a 502. */
    @Test
    void aBodyOverTheClaimServicesLimitIsRefusedWithout502AnnouncedOrChunked() {
        byte[] nineMegabytes = ("{\"claim\":\"c\",\"text\":\"" + "word ".repeat(1_900_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("application/json").body(nineMegabytes).post("/api/stance").then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", is("(body)"))
                .body("instance", is("/api/stance"));
        given().contentType("application/json").body(new java.io.ByteArrayInputStream(nineMegabytes))
                .post("/api/claims/check").then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("instance", is("/api/claims/check"));
        claimService.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }
}
