package io.crosscheck.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Says at startup when no key to verify tokens with is configured. The gateway still serves reads then (a
 * read-only deployment is legitimate), but every write answers 401, which would otherwise only show as refusals.
 */
@Singleton
public class VerificationKeyCheck {

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);
    static final List<String> KEY_PROPERTIES = List.of(
            "mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key.location");

    void onStart(@Observes StartupEvent start, Config config) {
        boolean configured = KEY_PROPERTIES.stream()
                .anyMatch(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent());
        if (!configured) {
            LOG.warn("No key to verify bearer tokens with (set MP_JWT_VERIFY_PUBLICKEY_LOCATION to a PEM/JWK file or a"
                    + " JWKS URL): reads are served, every write answers 401");
        }
    }
}
