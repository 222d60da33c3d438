package io.crosscheck.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;

import io.crosscheck.gateway.TestTokens;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With reads closed ({@code read-policy=readers}) the pages are closed too: they show the same data as the API. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ReadersOnly.class)
@QuarkusTestResource(WireMockNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class ClosedPagesTest {

    @Test
    void everyPageNeedsAReadersTokenWhenReadsAreClosed() {
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));

        for (String page : new String[] {"/", "/search?q=x", "/check", "/add", "/stories/x", "/articles/x"}) {
            given().get(page).then().statusCode(401);
        }
        given().header("Authorization", TestTokens.bearer()).get("/").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("reader")).get("/").then().statusCode(200);
        // The stylesheet and script hold no data: a browser fetches them without a token.
        given().get("/web/crosscheck.css").then().statusCode(200);
    }
}
