package io.crosscheck.serviceauth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Checks the token when the service starts, not at its first write: a token too short to be a secret stops the
 * service with the reason, where it would otherwise start and refuse every write.
 */
@Singleton
public class ServiceTokenStartupCheck {

    void onStart(@Observes StartupEvent start, ServiceAuthConfig config) {
        new ServiceToken(config.token());
    }
}
