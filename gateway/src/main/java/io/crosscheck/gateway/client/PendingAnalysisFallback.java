package io.crosscheck.gateway.client;

import io.crosscheck.gateway.error.NeighbourException;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * Degrade, do not fail: without the claim-service an article is still worth serving, its analysis marked
 * PENDING and not available, with the reason.
 */
public class PendingAnalysisFallback implements FallbackHandler<Uni<ArticleAnalysis>> {

    @Override
    public Uni<ArticleAnalysis> handle(ExecutionContext context) {
        NeighbourException failure = NeighbourException.from(ClaimServiceClient.NAME, context.getFailure());
        return Uni.createFrom().item(ArticleAnalysis.unavailable(
                ClaimServiceClient.NAME + " unavailable: " + failure.reason()));
    }
}
