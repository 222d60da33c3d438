package io.crosscheck.e2e;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The secrets of the stack a test run starts, made for that run (nothing is committed): the service token the
 * three services share, and the key pair whose public half the gateway verifies bearer tokens with. Every
 * {@link ServiceProcess} gets them; tests write through the gateway with {@link #editor()} and reach an internal
 * service with {@link #serviceAuthorization()}, as the gateway does.
 */
public final class StackCredentials {

    /** The issuer and audience the gateway expects by default (its application.properties). */
    static final String ISSUER = "crosscheck-local";
    static final String AUDIENCE = "crosscheck";

    private static final KeyPair KEYS = newKeyPair();
    private static final String SERVICE_TOKEN = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

    private StackCredentials() {
    }

    /** The environment every service of the stack is started with. */
    static Map<String, String> environment() {
        return Map.of(
                "CROSSCHECK_SERVICE_AUTH_TOKEN", SERVICE_TOKEN,
                "MP_JWT_VERIFY_PUBLICKEY", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()));
    }

    /** {@code Authorization} value of a user with the editor role: adds and changes articles. */
    public static String editor() {
        return bearer("editor");
    }

    /** {@code Authorization} value of a user with the admin role: also deletes articles. */
    public static String admin() {
        return bearer("admin");
    }

    /** {@code Authorization} value the internal services require of a write, as the gateway sends it. */
    public static String serviceAuthorization() {
        return "Bearer " + SERVICE_TOKEN;
    }

    private static String bearer(String role) {
        // Long enough for a benchmark or an evaluation run, which sign once and reuse the token.
        return "Bearer " + Jwt.issuer(ISSUER).audience(AUDIENCE).upn(role + "@crosscheck.test").groups(Set.of(role))
                .expiresIn(Duration.ofHours(12)).sign(KEYS.getPrivate());
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
