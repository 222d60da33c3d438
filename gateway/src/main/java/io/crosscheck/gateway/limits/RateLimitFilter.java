package io.crosscheck.gateway.limits;

import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 429 with Retry-After once a client has spent its budget ({@link ClientBudgets}), before the request
 * costs the neighbours anything. The client is the user of a valid bearer token, so that a newsroom behind one
 * address is not one client; an absent or invalid token counts as the caller's address (an invented token would
 * otherwise buy a fresh budget per request). Health, metrics and the API document are not JAX-RS and never limited.
 */
public class RateLimitFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean enabled;
    private final ClientBudgets budgets;
    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    public RateLimitFilter(GatewayConfig config, ClientBudgets budgets, CurrentIdentityAssociation identities,
            ProblemResponses problems, MeterRegistry meters) {
        this.enabled = config.rateLimit().enabled();
        this.budgets = budgets;
        this.identities = identities;
        this.problems = problems;
        this.meters = meters;
    }

    // Before authentication and authorisation, so that refused requests spend the budget too.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        ClientBudgets.Kind kind = READ_METHODS.contains(request.getMethod())
                ? ClientBudgets.Kind.READ : ClientBudgets.Kind.WRITE;
        return client(request, http).map(client -> budgets.spend(client, kind))
                .map(wait -> wait.isPresent() ? refusal(request, kind, wait) : null);
    }

    private Uni<String> client(ContainerRequestContext request, HttpServerRequest http) {
        String address = "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().item(address);
        }
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? address : "user:" + name(identity))
                .onFailure().recoverWithItem(address);
    }

    private static String name(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }

    private Response refusal(ContainerRequestContext request, ClientBudgets.Kind kind, OptionalLong wait) {
        meters.counter("crosscheck.gateway.rate.limited", "kind", kind.name().toLowerCase()).increment();
        Response problem = problems.of(Problem.of(429, "Too many requests", "This client may make "
                + budgets.describe(kind) + "; retry after " + wait.getAsLong() + " s",
                ColonPathRewrite.publicPathOf(request.getUriInfo().getPath())));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
    }
}
