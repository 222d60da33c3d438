package io.crosscheck.gateway.client;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service token the article-service and the claim-service require of every write (and of the costly reads,
 * claim check and stance). Sent on every call, named in each client's {@code @ClientHeaderParam}; checked at
 * startup, so that a gateway without one stops with the reason instead of failing every call.
 */
@Singleton
public class ServiceCredentials {

    static final String TOKEN_PROPERTY = "crosscheck.service-auth.token";
    /** As the internal services require (ServiceAuthConfig.MIN_TOKEN_LENGTH). */
    static final int MIN_TOKEN_LENGTH = 32;

    /** {@code Bearer <crosscheck.service-auth.token>}. */
    public static String authorization() {
        return "Bearer " + token();
    }

    void onStart(@Observes StartupEvent start) {
        String token;
        try {
            token = token();
        } catch (NoSuchElementException e) {
            token = "";
        }
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException(TOKEN_PROPERTY + " (CROSSCHECK_SERVICE_AUTH_TOKEN) must be set to the"
                    + " internal services' token, at least " + MIN_TOKEN_LENGTH + " characters");
        }
    }

    private static String token() {
        return ConfigProvider.getConfig().getValue(TOKEN_PROPERTY, String.class).strip();
    }
}
