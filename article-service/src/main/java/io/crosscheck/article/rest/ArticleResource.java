package io.crosscheck.article.rest;

import io.crosscheck.article.config.ArticleLimits;
import io.crosscheck.article.model.Article;
import io.crosscheck.article.service.ArticleInput;
import io.crosscheck.article.service.ArticleNotFoundException;
import io.crosscheck.article.service.ArticlePage;
import io.crosscheck.article.service.ArticleQuery;
import io.crosscheck.article.service.ArticleService;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import io.crosscheck.problem.QueryParameters;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleRequestParser parser;
    private final ArticleLimits limits;

    public ArticleResource(ArticleService articles, ArticleRequestParser parser, ArticleLimits limits) {
        this.articles = articles;
        this.parser = parser;
        this.limits = limits;
    }

    @POST
    @Path("/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article", description = "Plain text or HTML (contentType text/html: the main "
            + "text is extracted). The same article posted again (same canonical URL, or same source and normalised "
            + "text) answers 200 with the stored one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already stored: the existing article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid JSON, UTF-8 or field; errors[] names the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(byte[] payload) {
        ArticleInput input = parser.toInput(parser.parseJson(parser.decodeUtf8(payload)), false);
        ArticleService.IngestResult result = articles.ingest(input);
        URI location = URI.create("/api/articles/" + result.article().id);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location)
                .entity(ArticleView.of(result.article()))
                .build();
    }

    @GET
    @Path("/articles/{id}")
    @Operation(summary = "Get one article")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") String id) {
        return ArticleView.of(load(id));
    }

    @GET
    @Path("/articles/{id}/html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The original HTML of an article posted as HTML")
    @APIResponse(responseCode = "200", description = "The HTML as posted")
    @APIResponse(responseCode = "404", description = "No such article, or it was posted as plain text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response html(@PathParam("id") String id) {
        Article article = load(id);
        if (article.originalHtml == null) {
            throw ProblemException.notFound(
                    "Article " + id + " was posted as plain text: there is no original HTML");
        }
        // Someone else's page served from our origin: its scripts must not run here (the gateway says the same).
        return Response.ok(article.originalHtml, MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "sandbox; default-src 'none'").build();
    }

    @PUT
    @Path("/articles/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article", description = "Optimistic locking: send the version you read; "
            + "a stale version answers 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the change would duplicate another article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView update(@PathParam("id") String id, byte[] payload) {
        UUID articleId = parseId(id);
        ArticleInput input = parser.toInput(parser.parseJson(parser.decodeUtf8(payload)), true);
        return ArticleView.of(articles.update(articleId, input));
    }

    @DELETE
    @Path("/articles/{id}")
    @Operation(summary = "Delete an article", description = "Its claims go with it and its story is recomputed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        if (!articles.delete(parseId(id))) {
            throw new ArticleNotFoundException(parseId(id));
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/articles")
    @Operation(summary = "List articles, newest first", description = "Filters combine. q is PostgreSQL "
            + "full-text search (websearch syntax: words, \"a phrase\", -excluded, or). page starts at 0.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A bad filter or page parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(
            @Parameter(description = "Outlet name, case-insensitive") @QueryParam("source") String source,
            @Parameter(description = "Full-text query") @QueryParam("q") String q,
            @Parameter(description = "Published at or after (ISO date or instant)") @QueryParam("from") String from,
            @Parameter(description = "Published at or before (ISO date: that whole day; or instant)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to the configured maximum (100)",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        for (String[] parameter : new String[][] {{"q", q}, {"source", source}, {"from", from}, {"to", to}}) {
            String problem = parameter[1] == null ? null : AcceptedText.problem(parameter[1]);
            if (problem != null) {
                errors.add(new FieldError(parameter[0], problem));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameters", errors);
        }
        Instant fromInstant = from == null || from.isBlank() ? null : ArticleRequestParser.parseInstant(from, "from", errors);
        Instant toInstant = to == null || to.isBlank() ? null : ArticleRequestParser.parseInstant(to, "to", errors);
        if (toInstant != null) {
            // A bare date means the whole of that day; an instant is inclusive to the millisecond.
            toInstant = to.strip().length() == 10 ? toInstant.plus(1, ChronoUnit.DAYS) : toInstant.plusMillis(1);
        }
        int pageNumber = QueryParameters.integer("page", page, 0, 0, 1_000_000, errors);
        int pageSize = QueryParameters.integer("size", size, limits.defaultPageSize(), 1, limits.maxPageSize(), errors);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameters", errors);
        }
        return articles.search(new ArticleQuery(blankToNull(source), blankToNull(q), fromInstant, toInstant,
                pageNumber, pageSize));
    }

    private Article load(String id) {
        UUID articleId = parseId(id);
        return articles.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
    }

    /** Ids are opaque: text that is not one of ours simply names no article. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No article with id " + id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
