package io.crosscheck.problem;

import io.vertx.ext.web.Router;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves a contract path with a colon, such as {@code POST /api/articles:batch}. RESTEasy Reactive matches
 * "/api/articles" as a prefix of "/api/articles:batch" and then finds no method (404), so the request is
 * re-routed to the resource's colon-free path before JAX-RS matching. A service installs one from an
 * observer of Vert.x's {@link Router}:
 *
 * <pre>{@code
 * static void routeContractPath(@Observes Router router) {
 *     new ColonPathRewrite("/api/articles:batch", "/api/articles/batch").installOn(router);
 * }
 * }</pre>
 *
 * An error answered for such a request names the contract path in its {@code instance}, not the served one
 * ({@link #publicPathOf}): a caller never sees the internal path.
 */
public final class ColonPathRewrite {

    private final String colonPath;
    private final String servedPath;

    /**
     * @param colonPath the path as the contract spells it
     * @param servedPath the full path (root path included) of the JAX-RS method that serves it
     */
    public ColonPathRewrite(String colonPath, String servedPath) {
        this.colonPath = Objects.requireNonNull(colonPath);
        this.servedPath = Objects.requireNonNull(servedPath);
        PUBLIC_PATHS.put(servedPath, colonPath);
    }

    /** Where a request for {@code normalizedPath} is to be re-routed; empty when it is for another path. */
    public Optional<String> rerouteTarget(String normalizedPath) {
        // Clients may send the colon as is (curl) or percent-encoded (%3A, as REST Assured does).
        String path = normalizedPath.replace("%3A", ":").replace("%3a", ":");
        return colonPath.equals(path) ? Optional.of(servedPath) : Optional.empty();
    }

    /** Served path to contract path, for every rewrite this application made. */
    private static final Map<String, String> PUBLIC_PATHS = new ConcurrentHashMap<>();

    /** The path a caller sent for a request JAX-RS sees as {@code path}: the contract's, where one was rewritten. */
    public static String publicPathOf(String path) {
        return path == null ? null : PUBLIC_PATHS.getOrDefault(path, path);
    }

    /** Ahead of every other route, so that the rewrite happens before JAX-RS (or anything else) sees the path. */
    public void installOn(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> rerouteTarget(context.normalizedPath())
                .ifPresentOrElse(context::reroute, context::next));
    }
}
