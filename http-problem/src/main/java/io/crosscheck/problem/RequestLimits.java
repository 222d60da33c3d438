package io.crosscheck.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request past the documented limits answers problem+json like every other error, where Vert.x would answer an
 * empty 414, 431 or 413: a URI longer than {@code crosscheck.http.max-uri-length}, headers larger than
 * {@code crosscheck.http.max-header-bytes}, a body announced (Content-Length) larger than
 * {@code quarkus.http.limits.max-body-size}, refused before it is read. Vert.x's own decoder limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above the first two,
 * since a request it refuses never reaches a route and Quarkus offers no hook to answer it
 * (quarkusio/quarkus#55082). A body sent chunked is still cut off by Quarkus's body reader with a bare 413. Every
 * service has this through the jar's Jandex index.
 */
public class RequestLimits {

    void register(@Observes Router router,
            @ConfigProperty(name = "crosscheck.http.max-uri-length", defaultValue = "4096") int maxUri,
            @ConfigProperty(name = "crosscheck.http.max-header-bytes", defaultValue = "20480") int maxHeaders,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize body) {
        long maxBody = body.asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpServerRequest request = context.request();
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (request.uri().length() > maxUri) {
                refuse(context, 414, "URI too long", "The URI is longer than " + maxUri + " characters");
            } else if (headerBytes(request) > maxHeaders) {
                refuse(context, 431, "Request header fields too large",
                        "The request headers are larger than " + maxHeaders + " bytes");
            } else if (length != null && tooLong(length, maxBody)) {
                refuse(context, 413, "Payload too large", "The body is larger than " + maxBody + " bytes");
            } else {
                context.next();
            }
        });
    }

    /** As the HTTP/1.1 decoder counts them: each header's name and value, with ": " and CRLF. */
    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        // A URI too long to echo is named by its path alone, and cut: the instance is for reading, not replay.
        String path = ColonPathRewrite.publicPathOf(context.normalizedPath());
        if (path.length() > 200) {
            path = path.substring(0, 200) + "...";
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\",\"instance\":\"" + path.replace("\"", "").replace("\\", "") + "\"}")
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
