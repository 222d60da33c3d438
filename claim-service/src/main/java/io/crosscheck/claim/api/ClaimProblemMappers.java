package io.crosscheck.claim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; bad input never becomes a 500 or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper mapper;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri, e.errors().isEmpty() ? null : e.errors());
    }

    @ServerExceptionMapper
    public Response jaxrs(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, title, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(400, "Invalid request", "The request has invalid fields", uri, errors);
    }

    /** A body Jackson could not read: malformed JSON or a field of the wrong type, named by its path. */
    /** Listed one by one: Quarkus REST has its own (non-problem) mapper for the most specific of them. */
    @ServerExceptionMapper({com.fasterxml.jackson.databind.JsonMappingException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response unreadable(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? "(body)" : e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("(body)");
        return problem(400, "Invalid request", field + ": " + e.getOriginalMessage(), uri,
                List.of(new FieldError(field, "cannot be read: " + e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response malformed(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return problem(400, "Invalid request", "malformed JSON: " + e.getOriginalMessage(), uri,
                List.of(new FieldError("(body)", "malformed JSON")));
    }

    @ServerExceptionMapper
    public Response timeout(io.crosscheck.claim.engine.ExtractionEngine.ExtractionTimeout e, UriInfo uri) {
        return problem(503, "Extraction time limit reached", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "Internal error", "The request could not be completed; it has been logged", uri, null);
    }

    private Response problem(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors);
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            json = "{\"title\":\"" + title + "\",\"status\":" + status + "}";
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(json).build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
