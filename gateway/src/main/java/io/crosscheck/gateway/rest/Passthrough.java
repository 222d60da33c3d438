package io.crosscheck.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;

/**
 * Turns a neighbour's answer into the gateway's: same status, same bytes. Two things are adjusted because
 * they name the neighbour rather than the gateway: a Location header (made relative to the gateway), and a
 * problem's {@code instance} (set to the public path). An error answer that is not problem+json is wrapped
 * into one with the same status, so callers always get problem+json.
 */
@ApplicationScoped
public class Passthrough {

    private final ObjectMapper mapper;
    private final ProblemResponses problems;

    public Passthrough(ObjectMapper mapper, ProblemResponses problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    public Response response(String service, Downstream answer, String publicPath) {
        if (answer.ok()) {
            Response.ResponseBuilder ok = Response.status(answer.status());
            if (answer.body() != null && answer.body().length > 0) {
                ok.entity(answer.body()).header(HttpHeaders.CONTENT_TYPE, answer.contentType());
            }
            if (answer.location() != null) {
                // The neighbour wrote its own host; the path is the same under the gateway.
                ok.location(URI.create(URI.create(answer.location()).getRawPath()));
            }
            return ok.build();
        }
        return error(service, answer, publicPath);
    }

    private Response error(String service, Downstream answer, String publicPath) {
        ObjectNode problem = asProblem(answer);
        if (problem == null) {
            Response.Status known = Response.Status.fromStatusCode(answer.status());
            return problems.of(Problem.of(answer.status(),
                    known == null ? "HTTP " + answer.status() : known.getReasonPhrase(),
                    service + " answered HTTP " + answer.status(), publicPath));
        }
        if (publicPath.equals(problem.path("instance").asText(null))) {
            return Response.status(answer.status()).type(Problem.MEDIA_TYPE).entity(answer.body()).build();
        }
        problem.put("instance", publicPath);
        return Response.status(answer.status()).type(Problem.MEDIA_TYPE).entity(problem.toString()).build();
    }

    /** The answer's body if it is a problem document (by media type or by shape), else null. */
    private ObjectNode asProblem(Downstream answer) {
        if (answer.body() == null || answer.body().length == 0) {
            return null;
        }
        String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase();
        if (!type.contains("json")) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(answer.body());
            return node instanceof ObjectNode object && object.has("status") ? object : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
