package io.crosscheck.serviceauth;

import io.smallrye.config.ConfigMapping;

/** The secret an internal service shares with its callers (the gateway, and the article-service for the claim-service). */
@ConfigMapping(prefix = "crosscheck.service-auth")
public interface ServiceAuthConfig {

    /** The shortest token accepted: 32 characters, e.g. {@code openssl rand -hex 32} gives 64. */
    int MIN_TOKEN_LENGTH = 32;

    /**
     * The service token. Required, with no default outside %dev and %test: a service that starts without one
     * fails at once rather than answering writes from anyone.
     */
    String token();
}
