package io.crosscheck.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.article;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may write: no token 401, a token without the role 403, an editor's 201; deletes need admin. Reads stay
 * public, whatever token comes with them. Every refusal is problem+json with the RFC 6750 challenge, and a
 * refused write never reaches the article-service.
 */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class WriteAuthorizationTest {

    private static final String ARTICLE = "{\"title\":\"Ministry announces rail line\",\"body\":\"x\",\"source\":\"Wire\"}";

    @BeforeEach
    void stubNeighbours() {
        WireMockNeighbours.reset();
        String id = newId();
        articleService.stubFor(post("/api/articles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", articleService.baseUrl() + "/api/articles/" + id).withBody(article(id))));
        articleService.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
    }

    private static RequestSpecification postingAs(String authorization) {
        RequestSpecification request = given().contentType("application/json").body(ARTICLE);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    @Test
    void aWriteWithoutATokenAnswers401AndReachesNoNeighbour() {
        postingAs(null).post("/api/articles").then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", is("Bearer realm=\"crosscheck\""))
                .body("status", is(401))
                .body("instance", is("/api/articles"))
                .body("detail", containsString("bearer token"));
        given().contentType("application/json").body("[]").post("/api/articles:batch").then().statusCode(401)
                .contentType(PROBLEM_JSON).body("instance", is("/api/articles:batch"));
        given().contentType("application/json").body("{}").put("/api/articles/" + newId()).then().statusCode(401);
        given().delete("/api/articles/" + newId()).then().statusCode(401);
        articleService.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTokenWithoutTheEditorRoleAnswers403() {
        postingAs(TestTokens.bearer("reader")).post("/api/articles").then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                .body("status", is(403));
        postingAs(TestTokens.bearer()).post("/api/articles").then().statusCode(403);
        articleService.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anEditorsTokenStoresTheArticleAndTheNeighbourGetsTheServiceTokenNotTheUsers() {
        postingAs(TestTokens.editor()).post("/api/articles").then().statusCode(201);
        postingAs(TestTokens.bearer("admin")).post("/api/articles").then().statusCode(201);
        articleService.verify(2, postRequestedFor(urlEqualTo("/api/articles"))
                .withHeader("Authorization", equalTo("Bearer test-only-service-token-not-a-secret")));
    }

    @Test
    void tokensThatDoNotVerifyAnswer401InvalidToken() {
        for (String token : new String[] {TestTokens.expired("editor"), TestTokens.signedByAnotherKey("editor"),
                TestTokens.fromAnotherIssuer("editor"), "Bearer not.a.jwt", "Bearer "}) {
            postingAs(token).post("/api/articles").then()
                    .statusCode(401)
                    .contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", containsString("Bearer realm=\"crosscheck\""));
        }
        postingAs(TestTokens.expired("editor")).post("/api/articles").then()
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        articleService.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void deletingNeedsTheAdminRole() {
        String id = newId();
        given().header("Authorization", TestTokens.editor()).delete("/api/articles/" + id).then()
                .statusCode(403).contentType(PROBLEM_JSON);
        given().header("Authorization", TestTokens.bearer("admin")).delete("/api/articles/" + id).then()
                .statusCode(204);
    }

    @Test
    void readsArePublicAndAStaleTokenDoesNotFailThem() {
        String id = newId();
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson(article(id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));
        claimService.stubFor(post("/claims/check").willReturn(okJson("{\"matches\":[]}")));

        given().get("/api/articles/" + id).then().statusCode(200).body("id", is(id));
        given().header("Authorization", TestTokens.expired("editor")).get("/api/articles/" + id).then()
                .statusCode(200);
        given().contentType("application/json").body("{\"claim\":\"The ministry will build a rail line\"}")
                .post("/api/claims/check").then().statusCode(200);
        claimService.verify(getRequestedFor(urlEqualTo("/articles/" + id + "/analysis"))
                .withHeader("Authorization", equalTo("Bearer test-only-service-token-not-a-secret")));
    }
}
