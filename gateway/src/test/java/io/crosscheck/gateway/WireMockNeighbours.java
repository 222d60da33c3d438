package io.crosscheck.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Both neighbours stubbed, each on its own dynamic port, so a test can tell which one was (or was not) called.
 * Also used by the *IT run against the packaged gateway: the URLs reach it as configuration.
 */
public class WireMockNeighbours implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer articleService;
    public static WireMockServer claimService;

    @Override
    public Map<String, String> start() {
        articleService = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        claimService = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        articleService.start();
        claimService.start();
        return Map.of(
                "quarkus.rest-client.article-service.url", articleService.baseUrl(),
                "quarkus.rest-client.claim-service.url", claimService.baseUrl(),
                // The packaged jar (the *IT tests) runs the prod profile: these tests change the claim-service's
                // answers between requests and expect the next request to see them.
                "crosscheck.gateway.story-report-max-staleness", "0s",
                // ... and they make hundreds of requests from one address in a few seconds (RateLimitTest: limits).
                "%prod.crosscheck.gateway.rate-limit.enabled", "false");
    }

    @Override
    public void stop() {
        if (articleService != null) {
            articleService.stop();
        }
        if (claimService != null) {
            claimService.stop();
        }
    }

    public static void reset() {
        articleService.resetAll();
        claimService.resetAll();
    }
}
