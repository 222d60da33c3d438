package io.crosscheck.article.client;

import io.crosscheck.article.model.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Wraps {@link ClaimServiceClient} and owns its policy: time limits come from the client's configuration
 * (connect 2 s, read 10 s); retries are not done here but by the outbox, which persists them across restarts.
 * Every failure becomes a {@link DeliveryException} saying whether the claim-service was reachable.
 */
@ApplicationScoped
public class ClaimServiceNotifier {

    private final ClaimServiceClient client;

    public ClaimServiceNotifier(@RestClient ClaimServiceClient client) {
        this.client = client;
    }

    public void articleStored(Article article) {
        call(() -> client.submit(article.id, new ArticleForAnalysis(article.id, article.title, article.body,
                article.source, article.url, article.publishedAt, article.language, article.contentHash,
                article.version)));
    }

    public void articleDeleted(UUID id) {
        try {
            call(() -> client.withdraw(id));
        } catch (DeliveryException e) {
            // The claim-service never knew the article: the deletion is delivered all the same.
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private static void call(Runnable request) {
        try {
            request.run();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new DeliveryException("claim-service answered " + status, status);
        } catch (RuntimeException e) {
            throw new DeliveryException("claim-service unreachable: " + rootMessage(e), 0);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** A failed delivery; {@code status} is the HTTP status, or 0 when no answer came. */
    public static class DeliveryException extends RuntimeException {
        private final int status;

        public DeliveryException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** No answer or a 5xx: the claim-service as a whole is down or overloaded, not this one event. */
        public boolean serviceUnavailable() {
            return status == 0 || status >= 500;
        }
    }
}
