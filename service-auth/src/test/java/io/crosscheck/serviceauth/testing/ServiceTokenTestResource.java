package io.crosscheck.serviceauth.testing;

import io.crosscheck.serviceauth.ServiceAuthorization;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The service token of a test run, for {@code @QuarkusTest}s and for the packaged service an {@code *IT} test
 * starts (which runs the prod profile, where no token is configured). A constant, so that the test code can
 * send it whichever class loader it runs in; it guards only a throwaway test service.
 */
public class ServiceTokenTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "test-only-service-token-not-a-secret";

    @Override
    public Map<String, String> start() {
        ServiceTokenForRestAssured.install();
        return Map.of(ServiceAuthorization.TOKEN_PROPERTY, TOKEN);
    }

    @Override
    public void stop() {
    }
}
