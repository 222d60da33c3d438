package io.crosscheck.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.article;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code crosscheck.gateway.read-policy=readers}, every API request needs a token with a role. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ReadersOnly.class)
@QuarkusTestResource(WireMockNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class ClosedReadsTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.gateway.read-policy", "readers");
        }
    }

    @Test
    void aReadNeedsATokenWithARole() {
        String id = newId();
        articleService.stubFor(get("/api/articles").willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20}")));

        given().get("/api/articles").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", is("Bearer realm=\"crosscheck\""));
        given().header("Authorization", TestTokens.bearer()).get("/api/articles").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        given().header("Authorization", TestTokens.expired("reader")).get("/api/articles").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("reader")).get("/api/articles").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
