package io.crosscheck.gateway.error;

import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error the gateway makes of its own, a neighbour without an answer, as problem+json. Every other
 * error (JAX-RS, anything unexpected) is answered by io.crosscheck.problem.ProblemMappers.
 */
public class NeighbourProblemMapper {

    private static final Logger LOG = Logger.getLogger(NeighbourProblemMapper.class);

    private final ProblemResponses responses;

    public NeighbourProblemMapper(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response neighbour(NeighbourException e, UriInfo uri) {
        // Logged without the stack: the neighbour's own logs hold the cause; ours would only be noise.
        LOG.warnf("%s on %s: %s", e.title(), ColonPathRewrite.publicPathOf(uri.getPath()), e.reason());
        return responses.of(Problem.of(e.status(), e.title(), e.service() + " " + e.reason(), ColonPathRewrite.publicPathOf(uri.getPath())));
    }
}
