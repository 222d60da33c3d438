package io.crosscheck.claim.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import java.util.List;

/**
 * The claim-service's own errors as application/problem+json: invalid and unreadable bodies name their field,
 * an extraction over its time limit is a 503. The errors every service has are mapped by
 * {@link io.crosscheck.problem.ProblemMappers}.
 */
public class ClaimProblemMappers {

    private final ProblemResponses responses;

    public ClaimProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(400, "Invalid request", "The request has invalid fields", uri, errors);
    }

    /**
     * A body Jackson could not read: malformed JSON or a field of the wrong type, named by its path. Listed one by
     * one: Quarkus REST has its own (non-problem) mapper for the most specific of them.
     */
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? "(body)" : e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("(body)");
        return problem(400, "Invalid request", field + ": " + e.getOriginalMessage(), uri,
                List.of(new FieldError(field, "cannot be read: " + e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return problem(400, "Invalid request", "malformed JSON: " + e.getOriginalMessage(), uri,
                List.of(new FieldError("(body)", "malformed JSON")));
    }

    @ServerExceptionMapper
    public Response timeout(ExtractionEngine.ExtractionTimeout e, UriInfo uri) {
        return problem(503, "Extraction time limit reached", e.getMessage(), uri, null);
    }

    private Response problem(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return responses.of(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
