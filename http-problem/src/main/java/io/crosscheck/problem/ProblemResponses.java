package io.crosscheck.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/** Turns a {@link Problem} into the response every error of the services is: its status, application/problem+json. */
@Singleton
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    /**
     * Written to a String here rather than left to a message body writer, so that an error of a resource that
     * produces something else (text/html) still leaves as the same JSON.
     */
    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            return "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
    }
}
