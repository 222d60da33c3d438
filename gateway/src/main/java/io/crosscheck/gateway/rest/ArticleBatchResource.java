package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.rest.schema.ArticleRequest;
import io.crosscheck.gateway.rest.schema.BatchResult;
import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.gateway.security.Roles;
import io.crosscheck.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/articles:batch}: the body goes to the article-service as posted (JSON array or NDJSON).
 * Served here at a colon-free path that {@link ColonPathRewrite} routes the contract's path to; the OpenAPI
 * document shows the contract's path (see {@link OpenApiDocumentFilter}).
 */
@Path(ArticleBatchResource.INTERNAL_PATH)
@Tag(name = "Articles")
public class ArticleBatchResource {

    static final String PUBLIC_PATH = "/api/articles:batch";
    static final String INTERNAL_PATH = "/api/articles/batch";
    static final String NDJSON = "application/x-ndjson";

    private final ArticleServiceClient articles;
    private final Passthrough passthrough;

    public ArticleBatchResource(ArticleServiceClient articles, Passthrough passthrough) {
        this.articles = articles;
        this.passthrough = passthrough;
    }

    /** Static, so that setting up the route at startup does not create the resource and what it injects. */
    static void routeContractPath(@Observes Router router) {
        new ColonPathRewrite(PUBLIC_PATH, INTERNAL_PATH).installOn(router);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store many articles", description = "A JSON array of articles, or NDJSON (one article per "
            + "line). One result per item, in order; a bad item does not sink the rest. At most 1,000 items.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleRequest.class),
                examples = @ExampleObject(name = "two articles", value = ApiExamples.BATCH_REQUEST)),
        @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleRequest.class))})
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "one stored, one refused", value = ApiExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, or not UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than allowed, or a body over 32 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither JSON nor NDJSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ingest(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return articles.batch(ArticleResource.orJson(contentType), body)
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, PUBLIC_PATH));
    }
}
