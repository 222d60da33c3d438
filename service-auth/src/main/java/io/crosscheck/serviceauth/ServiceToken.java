package io.crosscheck.serviceauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests need the service token, and whether one carries it. Apart from the filter so that the rule
 * can be tested without a server.
 */
public final class ServiceToken {

    static final String SCHEME = "Bearer ";

    /** Reads, which the gateway serves publicly anyway; every other method changes data or costs analysis. */
    private static final Set<String> OPEN_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] expected;

    public ServiceToken(String token) {
        if (token == null || token.strip().length() < ServiceAuthConfig.MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("crosscheck.service-auth.token must have at least "
                    + ServiceAuthConfig.MIN_TOKEN_LENGTH + " characters (e.g. openssl rand -hex 32)");
        }
        this.expected = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public static boolean isRequiredFor(String method) {
        return !OPEN_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** True when the Authorization header is {@code Bearer <the token>}; compared in constant time. */
    public boolean isCarriedBy(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] presented = authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, expected);
    }
}
