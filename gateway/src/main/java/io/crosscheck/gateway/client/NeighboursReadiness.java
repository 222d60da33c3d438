package io.crosscheck.gateway.client;

import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.gateway.error.NeighbourException;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether each neighbour answers its liveness probe, and stays UP either way: a gateway that went
 * unready with a neighbour would be taken out of service exactly when it should be serving degraded answers
 * (and would not come back faster for it).
 */
@Readiness
@ApplicationScoped
public class NeighboursReadiness implements AsyncHealthCheck {

    private final ArticleServiceClient articles;
    private final ClaimServiceClient claims;
    private final GatewayConfig config;

    public NeighboursReadiness(ArticleServiceClient articles, ClaimServiceClient claims, GatewayConfig config) {
        this.articles = articles;
        this.claims = claims;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!config.readiness().probeNeighbours()) {
            return Uni.createFrom().item(HealthCheckResponse.named("neighbours").up()
                    .withData("probed", false).build());
        }
        return Uni.combine().all()
                .unis(state(ArticleServiceClient.NAME, articles.probe()), state(ClaimServiceClient.NAME, claims.probe()))
                .asTuple()
                .map(both -> HealthCheckResponse.named("neighbours").up()
                        .withData(ArticleServiceClient.NAME, both.getItem1())
                        .withData(ClaimServiceClient.NAME, both.getItem2())
                        .build());
    }

    private static Uni<String> state(String service, Uni<Downstream> probe) {
        return probe.map(answer -> answer.ok() ? "UP" : "DOWN: answered HTTP " + answer.status())
                .onFailure().recoverWithItem(e -> "DOWN: " + NeighbourException.from(service, e).reason());
    }
}
