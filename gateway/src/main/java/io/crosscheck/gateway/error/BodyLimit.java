package io.crosscheck.gateway.error;

import io.crosscheck.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, with
 * a problem+json 413 like every other error (Vert.x would answer an empty 413). Bodies sent chunked, without
 * a length, are still cut off at the same limit by Vert.x itself.
 */
public class BodyLimit {

    void register(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "32M") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, max)) {
                String path = context.normalizedPath();
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                                + "\"detail\":\"The body is larger than " + max + " bytes\",\"instance\":\""
                                + path.replace("\"", "") + "\"}")
                        // Closed rather than drained: a client still sending 32 MB should stop now.
                        .onComplete(done -> context.request().connection().close());
            } else {
                context.next();
            }
        });
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
