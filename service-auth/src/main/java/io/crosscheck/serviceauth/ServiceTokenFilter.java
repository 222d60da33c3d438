package io.crosscheck.serviceauth;

import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An internal service answers a write (any method but GET, HEAD and OPTIONS) only when it carries the service
 * token. A NetworkPolicy keeps other pods away, but not a process on the same node, nor anything the Knative
 * overlay's ingress namespaces let through: without this, a made-up article put straight to the claim-service
 * would be analysed and shown in the public story report. Quarkus finds the filter through this jar's Jandex
 * index; it runs before the body is read, so a refused write costs nothing.
 */
public class ServiceTokenFilter {

    private static final Logger LOG = Logger.getLogger(ServiceTokenFilter.class);
    static final String CHALLENGE = "Bearer realm=\"crosscheck-internal\"";

    private final ServiceToken token;
    private final ProblemResponses problems;

    public ServiceTokenFilter(ServiceAuthConfig config, ProblemResponses problems) {
        this.token = new ServiceToken(config.token());
        this.problems = problems;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> requireTheServiceToken(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!ServiceToken.isRequiredFor(method) || token.isCarriedBy(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Optional.empty();
        }
        String path = ColonPathRewrite.publicPathOf(request.getUriInfo().getPath());
        LOG.warnf("Refused %s %s: no valid service token", method, path);
        Response refusal = problems.of(Problem.of(401, "Unauthorized",
                "This internal service accepts writes only from the other Crosscheck services; the public API is the"
                        + " gateway's", path));
        return Optional.of(Response.fromResponse(refusal).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }
}
