package io.crosscheck.claim.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemMappers;
import io.crosscheck.problem.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
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
        // In the API's words: Jackson's own message names Java types (`java.lang.Integer`) and its settings.
        String message = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "must be " + JsonKinds.of(mismatch.getTargetType())
                : e.getCause() instanceof InputCoercionException ? "is out of range" : "cannot be read";
        if ("(body)".equals(field) && message.equals("cannot be read")) {
            message = "must be one JSON object with the documented fields, and nothing after it";
        }
        return problem(400, "Invalid request", field + ": " + message, uri, List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return problem(400, "Invalid request", "malformed JSON: " + e.getOriginalMessage(), uri,
                List.of(new FieldError("(body)", "malformed JSON")));
    }

    /**
     * Quarkus REST hands on some of Jackson's failures wrapped in a bare 400 (a number out of its field's range,
     * {@code "limit": 1e30} written out, is a JsonMappingException it wraps): unwrapped here, they name their
     * field like the others. Ahead of the shared mapper of JAX-RS errors, which answers every other one.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response wrapped(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamConstraintsException limits) {
            return tooComplex(limits, uri);
        }
        if (cause instanceof JsonParseException parse) {
            return malformed(parse, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return unreadable(mapping, uri);
        }
        return responses.of(ProblemMappers.problemOf(e, ProblemMappers.path(uri)));
    }

    /** Input past the parser's limits (nesting depth, number or string length), in the API's words. */
    @ServerExceptionMapper
    public Response tooComplex(StreamConstraintsException e, UriInfo uri) {
        String reason = e.getOriginalMessage().replaceAll(",?\\s*from\\s*`[^`]*`", "").replaceAll("`", "");
        return problem(400, "Invalid request", "the JSON body exceeds the parser's limits: " + reason, uri,
                List.of(new FieldError("(body)", "exceeds the parser's limits: " + reason)));
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
