package io.crosscheck.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Fault-tolerance limits small enough to test: a 1.5 s time limit for every call (stubs that must time out
 * wait 5 s), and circuit breakers that open after 4 calls half of which failed, and stay open for the rest
 * of the test.
 */
public class FastFailures implements QuarkusTestProfile {

    private static boolean warm;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.fault-tolerance.global.timeout.value", "1500",
                "quarkus.fault-tolerance.global.circuit-breaker.request-volume-threshold", "4",
                "quarkus.fault-tolerance.global.circuit-breaker.failure-ratio", "0.5",
                "quarkus.fault-tolerance.global.circuit-breaker.delay", "60000");
    }

    /**
     * One call through each client before the first test: the first call of a fresh application (class
     * loading, connection set-up) can take longer than the short time limit. Tests reset the breakers after.
     */
    public static synchronized void warmUp() {
        if (warm) {
            return;
        }
        WireMockNeighbours.articleService.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        WireMockNeighbours.claimService.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        given().get("/api/articles/warm-up");
        given().get("/api/stories");
        given().contentType("application/json").body("{}").post("/api/articles");
        warm = true;
    }
}
