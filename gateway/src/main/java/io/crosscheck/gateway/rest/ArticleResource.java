package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ArticleQuery;
import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.rest.schema.ArticleDetail;
import io.crosscheck.gateway.rest.schema.ArticlePage;
import io.crosscheck.gateway.rest.schema.ArticleRequest;
import io.crosscheck.gateway.security.Roles;
import io.crosscheck.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public article API. Thin: each method makes its call(s) through a client wrapper (which owns the
 * fault-tolerance policy) and passes the answer on. The gateway does not validate articles: the
 * article-service does, and its 400/413/415 problems reach the caller unchanged.
 */
@Path("/api/articles")
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleServiceClient articles;
    private final ClaimServiceClient claims;
    private final Passthrough passthrough;
    private final ArticleComposer composer;

    public ArticleResource(ArticleServiceClient articles, ClaimServiceClient claims, Passthrough passthrough,
            ArticleComposer composer) {
        this.articles = articles;
        this.claims = claims;
        this.passthrough = passthrough;
        this.composer = composer;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article", description = "Plain text or HTML (contentType text/html: the main text "
            + "is extracted). The same article posted again (same canonical URL, or same source and normalised text) "
            + "answers 200 with the stored one. Analysis follows asynchronously, also when the claim-service is down.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "200", description = "Already stored: the existing article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON, UTF-8 or field; errors[] names the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "413", description = "Body over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return articles.create(orJson(contentType), body)
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, "/api/articles"));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get one article with its analysis", description = "The article from the article-service "
            + "and its storyId, analysis and claims from the claim-service, asked in parallel. When the claim-service "
            + "cannot answer the article is still served: analysis PENDING with available false, storyId null, no claims.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class),
                    examples = {@ExampleObject(name = "analysed", value = ApiExamples.ARTICLE),
                        @ExampleObject(name = "claim-service unavailable", value = ApiExamples.ARTICLE_DEGRADED)}))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND_PROBLEM)))
    public Uni<Response> get(@Parameter(description = "Article id (UUID)") @PathParam("id") String id) {
        // Both neighbours at once: the article does not wait for the analysis, nor the other way round.
        return Uni.combine().all().unis(articles.get(id), claims.analysis(id)).asTuple()
                .map(both -> both.getItem1().status() == 200
                        ? composer.compose(both.getItem1(), both.getItem2())
                        : passthrough.response(ArticleServiceClient.NAME, both.getItem1(), "/api/articles/" + id));
    }

    @GET
    @Path("/{id}/html")
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @Operation(summary = "The original HTML of an article posted as HTML")
    @APIResponse(responseCode = "200", description = "The HTML as posted",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "html", value = "<html><body><article><p>Kremlin spokesman ...</p></article></body></html>")))
    @APIResponse(responseCode = "404", description = "No such article, or it was posted as plain text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> html(@Parameter(description = "Article id (UUID)") @PathParam("id") String id) {
        return articles.html(id)
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, "/api/articles/" + id + "/html"))
                .map(ArticleResource::inert);
    }

    /**
     * Stored HTML is someone else's page served from the API's origin: a {@code <script>} in it must not run there.
     * The sandbox gives the page an origin of its own with scripts, forms and plugins off; default-src 'none' loads
     * nothing it links to.
     */
    static Response inert(Response html) {
        if (html.getStatus() != 200) {
            return html;
        }
        return Response.fromResponse(html).header("Content-Security-Policy", STORED_HTML_POLICY).build();
    }

    static final String STORED_HTML_POLICY = "sandbox; default-src 'none'";

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article", description = "Optimistic locking: send the version you read; a stale "
            + "version answers 409. The analysis is redone asynchronously.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The article as stored (without analysis)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the change would duplicate another article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@Parameter(description = "Article id (UUID)") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return articles.update(id, orJson(contentType), body)
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, "/api/articles/" + id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an article", description = "Its claims go with it and its story is recomputed "
            + "(the claim-service is told asynchronously). Needs the admin role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND_PROBLEM)))
    public Uni<Response> delete(@Parameter(description = "Article id (UUID)") @PathParam("id") String id) {
        return articles.delete(id)
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, "/api/articles/" + id));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List articles, newest first", description = "Filters combine. q is full-text search "
            + "(words, \"a phrase\", -excluded, or). page starts at 0.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A bad filter or page parameter; errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @Parameter(description = "Outlet name, case-insensitive", example = "Example Wire") @QueryParam("source") String source,
            @Parameter(description = "Full-text query", example = "kremlin message") @QueryParam("q") String q,
            @Parameter(description = "Published at or after (ISO date or instant)", example = "2025-06-01") @QueryParam("from") String from,
            @Parameter(description = "Published at or before (ISO date: that whole day; or instant)", example = "2025-06-30")
            @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return articles.list(new ArticleQuery(source, q, from, to, page, size))
                .map(answer -> passthrough.response(ArticleServiceClient.NAME, answer, "/api/articles"));
    }

    /** No Content-Type at all is read as JSON, as the article-service itself would. */
    static String orJson(String contentType) {
        return contentType == null || contentType.isBlank() ? MediaType.APPLICATION_JSON : contentType;
    }
}
