package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.StoryReportCache;
import io.crosscheck.gateway.client.StoryReportReader;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.crosscheck.gateway.rest.schema.StoryReport;
import io.crosscheck.problem.Problem;
import io.quarkus.vertx.http.Uncompressed;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stories are the claim-service's: passed on as it reports them. Reports are revalidated with the claim-service by
 * ETag (see {@link StoryReportCache}); a caller's own If-None-Match gets 304 when the report has not changed, and a
 * caller that accepts gzip gets the report compressed once per revision (see {@link StoryReportNegotiation}).
 */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    private final ClaimServiceClient claims;
    private final Passthrough passthrough;
    private final StoryReportReader reader;
    private final StoryReportNegotiation negotiation;

    public StoryResource(ClaimServiceClient claims, Passthrough passthrough, StoryReportReader reader,
                         StoryReportNegotiation negotiation) {
        this.claims = claims;
        this.passthrough = passthrough;
        this.reader = reader;
        this.negotiation = negotiation;
    }

    @GET
    @Operation(summary = "List stories", description = "Articles about the same event, grouped automatically when analysed.")
    @APIResponse(responseCode = "200", description = "A page of stories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryPage.class),
                    examples = @ExampleObject(name = "stories", value = ApiExamples.STORY_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad page parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "recent: most recently active first; contested: most contested claims first, then "
                    + "most recently active", schema = @Schema(type = SchemaType.STRING, enumeration = {"recent", "contested"},
                    defaultValue = "recent"))
            @QueryParam("sort") String sort) {
        return claims.stories(page, size, sort)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/stories"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A story report", description = "Its articles, and its claim groups: CORROBORATED, CONTESTED "
            + "or SINGLE_SOURCE, with each article's position and the conflicts found.")
    @APIResponse(responseCode = "200", description = "The report; gzip-compressed (Content-Encoding: gzip, ETag "
            + "suffixed -gzip) when Accept-Encoding allows it and it is at least 1 KiB (configurable)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryReport.class),
                    examples = @ExampleObject(name = "contested story", value = ApiExamples.STORY_REPORT)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "308", description = "The story was merged into another (later coverage showed they "
            + "report one event): Location is /api/stories/{the story it joined}, and the problem+json body names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Uncompressed // should Vert.x compression be enabled: the identity answers stay identity (and keep their ETag)
    public Uni<Response> get(@Parameter(description = "Story id (UUID)") @PathParam("id") String id,
                             @Parameter(description = "ETags of copies the caller holds, of either representation",
                                     schema = @Schema(type = SchemaType.STRING))
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) List<String> ifNoneMatch,
                             @Parameter(description = "gzip (or *) gets the report gzip-compressed",
                                     schema = @Schema(type = SchemaType.STRING))
                             @HeaderParam(HttpHeaders.ACCEPT_ENCODING) List<String> acceptEncoding,
                             @Context HttpServerResponse wire) {
        String publicPath = "/api/stories/" + id;
        return reader.read(id).flatMap(read -> {
            if (read.isReport()) {
                return negotiation.answer(publicPath, read.answer(), read.kept(), ifNoneMatch, acceptEncoding);
            }
            Response passed = passthrough.response(ClaimServiceClient.NAME, read.answer(), publicPath);
            // A merged story's Location names the claim-service's path: the caller is sent to the gateway's.
            return Uni.createFrom().item(StoryReportReader.mergedInto(read.answer())
                    .map(into -> Response.fromResponse(passed).location(URI.create("/api/stories/" + into)).build())
                    .orElse(passed));
        }).invoke(response -> keepOwnContentEncoding(response, wire));
    }

    /**
     * With {@code quarkus.http.enable-compression=true} (off here, see application.properties) Quarkus starts every
     * response with {@code Content-Encoding: identity}, its marker for "Vert.x, do not compress", dropped before
     * sending. JAX-RS adds a resource's Content-Encoding after it instead of replacing it, and Vert.x, reading the
     * first value, would drop both: gzip bytes would go out unlabelled. So the marker goes when the answer is gzip.
     */
    private static void keepOwnContentEncoding(Response response, HttpServerResponse wire) {
        if (response.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            wire.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }
}
