package io.crosscheck.gateway.security;

/**
 * The roles a token's {@code groups} claim can grant (where an identity provider keeps them elsewhere,
 * {@code smallrye.jwt.path.groups} says where, e.g. {@code realm_access/roles} for Keycloak).
 */
public final class Roles {

    /** Reads, when reads are not public ({@code crosscheck.gateway.read-policy=readers}). */
    public static final String READER = "reader";
    /** Adds and corrects articles: POST and PUT, one at a time or in a batch. */
    public static final String EDITOR = "editor";
    /** Everything an editor may, and deletes articles (their claims leave every story with them). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
