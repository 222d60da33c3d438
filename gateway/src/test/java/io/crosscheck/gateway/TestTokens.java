package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A signing key pair made for the test run (none is committed): the gateway is configured with its public half,
 * and the tests sign their tokens with the private half. Also serves the *IT run against the packaged gateway,
 * which gets the key as configuration, like the neighbours' URLs of {@link WireMockNeighbours}.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    /** The issuer and audience application.properties expects by default. */
    public static final String ISSUER = "crosscheck-local";
    public static final String AUDIENCE = "crosscheck";

    private static volatile KeyPair keys;

    @Override
    public Map<String, String> start() {
        keys = newKeyPair();
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "crosscheck.service-auth.token", "test-only-service-token-not-a-secret");
    }

    @Override
    public void stop() {
    }

    /** {@code Authorization} header value for a valid token with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + token(ISSUER, Instant.now().plusSeconds(300), keys.getPrivate(), roles);
    }

    /** A valid token of the named user. */
    public static String bearerOf(String user, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).groups(Set.of(roles))
                .expiresIn(300).sign(keys.getPrivate());
    }

    public static String editor() {
        return bearer("editor");
    }

    /** Expired a minute ago, beyond the verifier's default clock skew. */
    public static String expired(String... roles) {
        return "Bearer " + token(ISSUER, Instant.now().minusSeconds(120), keys.getPrivate(), roles);
    }

    /** Signed by a key the gateway does not know. */
    public static String signedByAnotherKey(String... roles) {
        return "Bearer " + token(ISSUER, Instant.now().plusSeconds(300), newKeyPair().getPrivate(), roles);
    }

    public static String fromAnotherIssuer(String... roles) {
        return "Bearer " + token("https://elsewhere.example", Instant.now().plusSeconds(300), keys.getPrivate(), roles);
    }

    private static String token(String issuer, Instant expiry, PrivateKey key, String... roles) {
        return Jwt.issuer(issuer).audience(AUDIENCE).upn("test-user@crosscheck.local").groups(Set.of(roles))
                .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).sign(key);
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
