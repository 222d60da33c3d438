package io.crosscheck.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The mappers every service has: a {@link ProblemException}, a JAX-RS error (unknown path, wrong method, ...)
 * and anything unexpected all leave as application/problem+json, never as a stack trace. Quarkus finds them
 * through this jar's Jandex index. A service adds mappers of its own for its own exceptions; for an exception,
 * the mapper of its closest type wins, so those take precedence over {@link #unexpected}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response jaxrs(WebApplicationException e, UriInfo uri) {
        return responses.of(problemOf(e, path(uri)));
    }

    /** A JAX-RS error as a problem: its status and reason phrase; for a service's own mapper of such errors. */
    public static Problem problemOf(WebApplicationException e, String path) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return Problem.of(status, known == null ? "HTTP " + status : known.getReasonPhrase(), e.getMessage(), path);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + path(uri), e);
        return responses.of(Problem.of(500, "Internal error", "The request could not be completed; it has been logged",
                path(uri)));
    }

    public static String path(UriInfo uri) {
        return uri == null ? null : ColonPathRewrite.publicPathOf(uri.getPath());
    }
}
