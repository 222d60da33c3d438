package io.crosscheck.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced (Content-Length) larger than {@code quarkus.http.limits.max-body-size} is refused before it is
 * read, with a problem+json 413 like every other error, where Vert.x would answer an empty one. Every service has
 * it through this jar's Jandex index. A body sent chunked is still cut off at the same limit by Quarkus itself,
 * which then answers a bare 413 from inside its body reader, where no handler of ours can add the body.
 */
public class BodyLimit {

    void register(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, max)) {
                refuse(context, max);
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context, long max) {
        String path = ColonPathRewrite.publicPathOf(context.normalizedPath());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                        + "\"detail\":\"The body is larger than " + max + " bytes\",\"instance\":\""
                        + path.replace("\"", "").replace("\\", "") + "\"}")
                // Closed rather than drained: a client still sending megabytes should stop now.
                .onComplete(done -> context.request().connection().close());
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
