package io.crosscheck.gateway.client;

import io.crosscheck.gateway.error.NeighbourException;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** Stories and claim checks have no stand-in: fail fast with a problem naming the claim-service. */
public class ClaimServiceFailure implements FallbackHandler<Uni<Downstream>> {

    @Override
    public Uni<Downstream> handle(ExecutionContext context) {
        return Uni.createFrom().failure(NeighbourException.from(ClaimServiceClient.NAME, context.getFailure()));
    }
}
