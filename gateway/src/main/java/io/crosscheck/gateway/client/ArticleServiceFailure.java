package io.crosscheck.gateway.client;

import io.crosscheck.gateway.error.NeighbourException;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * The article-service has no stand-in (it owns the articles), so its fallback is to fail fast with a
 * problem that names it: 502, 503 or 504 depending on what went wrong.
 */
public class ArticleServiceFailure implements FallbackHandler<Uni<Downstream>> {

    @Override
    public Uni<Downstream> handle(ExecutionContext context) {
        return Uni.createFrom().failure(NeighbourException.from(ArticleServiceClient.NAME, context.getFailure()));
    }
}
