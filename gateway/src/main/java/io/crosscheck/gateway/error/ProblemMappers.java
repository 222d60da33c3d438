package io.crosscheck.gateway.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the gateway itself produces leaves as application/problem+json, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper mapper;

    @ServerExceptionMapper
    public Response neighbour(NeighbourException e, UriInfo uri) {
        // Logged without the stack: the neighbour's own logs hold the cause; ours would only be noise.
        LOG.warnf("%s on %s: %s", e.title(), uri.getPath(), e.reason());
        return problem(Problem.of(e.status(), e.title(), e.service() + " " + e.reason(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response jaxrs(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(Problem.of(status, known == null ? "HTTP " + status : known.getReasonPhrase(), e.getMessage(),
                uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(Problem.of(500, "Internal error", "The request could not be completed; it has been logged",
                uri.getPath()));
    }

    public Response problem(Problem body) {
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(json(body)).build();
    }

    private String json(Problem body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            return "{\"title\":\"" + body.title() + "\",\"status\":" + body.status() + "}";
        }
    }
}
