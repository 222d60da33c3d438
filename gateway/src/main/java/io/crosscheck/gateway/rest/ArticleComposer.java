package io.crosscheck.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.gateway.client.ArticleAnalysis;
import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.error.NeighbourException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Builds the contract's article: the article-service's JSON, every field kept as written, with
 * {@code storyId}, {@code analysis} and {@code claims} from the claim-service added.
 */
@ApplicationScoped
public class ArticleComposer {

    private final ObjectMapper mapper;

    public ArticleComposer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response compose(Downstream article, ArticleAnalysis analysis) {
        ObjectNode json;
        try {
            json = (ObjectNode) mapper.readTree(article.body());
        } catch (IOException | ClassCastException e) {
            throw NeighbourException.unreadable(ArticleServiceClient.NAME, e);
        }
        json.put("storyId", analysis.storyId());
        ObjectNode status = json.putObject("analysis");
        status.put("status", analysis.status());
        status.put("extractor", analysis.extractor());
        status.put("available", analysis.available());
        if (analysis.detail() != null) {
            status.put("detail", analysis.detail());
        }
        json.putArray("claims").addAll(analysis.claims());
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
