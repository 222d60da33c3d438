package io.crosscheck.article.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.article.config.ArticleLimits;
import io.crosscheck.article.service.ArticleException;
import io.crosscheck.article.service.ArticleService;
import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk ingest: each item is stored in its own transaction, so a bad item does not sink the rest. */
@Path("/api")
@Tag(name = "Articles")
public class ArticleBatchResource {

    static final String NDJSON = "application/x-ndjson";
    /** The contract's path; JAX-RS path matching cannot take a literal colon, see {@link ColonPathRewrite}. */
    static final String PUBLIC_PATH = "/api/articles:batch";
    static final String INTERNAL_PATH = "/articles/batch";

    private final ArticleService articles;
    private final ArticleRequestParser parser;
    private final ArticleLimits limits;

    public ArticleBatchResource(ArticleService articles, ArticleRequestParser parser, ArticleLimits limits) {
        this.articles = articles;
        this.parser = parser;
        this.limits = limits;
    }

    /** Static, so that setting up the route at startup does not create the resource and what it injects. */
    static void routeContractPath(@Observes Router router) {
        new ColonPathRewrite(PUBLIC_PATH, "/api" + INTERNAL_PATH).installOn(router);
    }

    @POST
    @Path(ArticleBatchResource.INTERNAL_PATH)
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, "application/ndjson", "application/jsonl"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store many articles", description = "Also served at POST /api/articles:batch (the contract's path). A JSON array of articles, or NDJSON (one article "
            + "per line). One result per item, in order. At most the configured number of items (1,000).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleRequest.class)),
            @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleRequest.class))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, or not UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult ingest(byte[] payload, HttpHeaders headers) {
        String text = parser.decodeUtf8(payload);
        boolean ndjson = !headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        List<ItemSource> items = ndjson ? ndjsonItems(text) : arrayItems(text);
        if (items.size() > limits.batchMaxItems()) {
            throw ProblemException.tooLarge("(body)", "at most " + limits.batchMaxItems() + " articles per batch");
        }
        List<BatchResult.Item> results = new ArrayList<>(items.size());
        int created = 0;
        int duplicates = 0;
        for (int i = 0; i < items.size(); i++) {
            try {
                ArticleService.IngestResult result = articles.ingest(parser.toInput(items.get(i).json(), false));
                results.add(new BatchResult.Item(i, result.created() ? 201 : 200, result.article().id, null));
                if (result.created()) {
                    created++;
                } else {
                    duplicates++;
                }
            } catch (ArticleException e) {
                results.add(refused(i, ArticleProblemMappers.toProblemException(e)));
            } catch (ProblemException e) {
                results.add(refused(i, e));
            }
        }
        return new BatchResult(created, duplicates, items.size() - created - duplicates, results);
    }

    /** An item's problem has no instance: the request's path is the batch's, not the item's. */
    private static BatchResult.Item refused(int index, ProblemException e) {
        return new BatchResult.Item(index, e.status(), null, e.toProblem(null));
    }

    /** An item's JSON, or the problem met parsing its NDJSON line (reported as that item's result). */
    private record ItemSource(JsonNode node, ProblemException parseError) {
        JsonNode json() {
            if (parseError != null) {
                throw parseError;
            }
            return node;
        }
    }

    private List<ItemSource> arrayItems(String text) {
        JsonNode root = parser.parseJson(text);
        if (!root.isArray()) {
            throw ProblemException.badField("(body)",
                    "expected a JSON array of articles (or send application/x-ndjson)");
        }
        List<ItemSource> items = new ArrayList<>(root.size());
        root.forEach(node -> items.add(new ItemSource(node, null)));
        return items;
    }

    private List<ItemSource> ndjsonItems(String text) {
        List<ItemSource> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(new ItemSource(parser.parseJson(line), null));
            } catch (ProblemException e) {
                items.add(new ItemSource(null, e));
            }
            if (items.size() > limits.batchMaxItems()) {
                break;
            }
        }
        return items;
    }
}
