package io.crosscheck.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * Serves the contract's {@code POST /api/articles:batch}. RESTEasy Reactive matches "/api/articles" as a
 * prefix of "/api/articles:batch" and then finds no method (404), so the request is re-routed to the
 * resource's colon-free path before JAX-RS matching (as the article-service does).
 */
public class BatchPathRewrite {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            // Clients may send the colon as is (curl) or percent-encoded (%3A, as REST Assured does).
            String path = context.normalizedPath().replace("%3A", ":").replace("%3a", ":");
            if (ArticleBatchResource.PUBLIC_PATH.equals(path)) {
                context.reroute(ArticleBatchResource.INTERNAL_PATH);
            } else {
                context.next();
            }
        });
    }
}
