package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Two things annotations cannot say: the batch operation's public path has a colon (JAX-RS serves it under
 * a colon-free one), and every /api operation may answer 502/503/504 when a neighbour fails, which is the
 * same for all of them, so it is added once here rather than on every method.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem batch = openAPI.getPaths().getPathItem(ArticleBatchResource.INTERNAL_PATH);
        if (batch != null) {
            openAPI.getPaths().removePathItem(ArticleBatchResource.INTERNAL_PATH);
            openAPI.getPaths().addPathItem(ArticleBatchResource.PUBLIC_PATH, batch);
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> addNeighbourFailures(path, operation));
            }
        });
    }

    private static void addNeighbourFailures(String path, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        // The article operations call the article-service (GET one also the claim-service, but that degrades).
        boolean articles = operation.getTags() != null && operation.getTags().contains("Articles");
        String service = articles ? ArticleServiceClient.NAME : ClaimServiceClient.NAME;
        add(operation, "502", "The " + service + " refused, reset the connection or answered 5xx",
                example(502, service + " unavailable", service + " answered HTTP 500", path));
        add(operation, "503", "The " + service + "'s circuit breaker is open: it was not called; try again shortly",
                example(503, service + " unavailable",
                        service + " circuit breaker open after repeated failures; calls resume after a pause", path));
        add(operation, "504", "The " + service + " did not answer in time",
                example(504, service + " timed out", service + " no answer within the time limit", path));
    }

    private static void add(Operation operation, String code, String description, Map<String, Object> example) {
        if (operation.getResponses().hasAPIResponse(code)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("problem", OASFactory.createExample().value(example));
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        operation.getResponses().addAPIResponse(code, response);
    }

    private static Map<String, Object> example(int status, String title, String detail, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", path.replace("{id}", "0f8fad5b-d9cb-469f-a165-70867728950e"));
        return problem;
    }
}
