package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.client.StoryReportCache;
import io.crosscheck.gateway.error.Problem;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.crosscheck.gateway.rest.schema.StoryReport;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * ETag (see {@link StoryReportCache}), and a caller's own If-None-Match gets 304 when the report has not changed.
 */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    private final ClaimServiceClient claims;
    private final Passthrough passthrough;
    private final StoryReportCache reports;

    public StoryResource(ClaimServiceClient claims, Passthrough passthrough, StoryReportCache reports) {
        this.claims = claims;
        this.passthrough = passthrough;
        this.reports = reports;
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
            @QueryParam("size") String size) {
        return claims.stories(page, size)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/stories"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A story report", description = "Its articles, and its claim groups: CORROBORATED, CONTESTED "
            + "or SINGLE_SOURCE, with each article's position and the conflicts found.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryReport.class),
                    examples = @ExampleObject(name = "contested story", value = ApiExamples.STORY_REPORT)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Uni<Response> get(@Parameter(description = "Story id (UUID)") @PathParam("id") String id,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Downstream kept = reports.get(id);
        return claims.story(id, kept == null ? null : kept.etag()).map(answer -> {
            Downstream report = answer;
            if (answer.status() == Response.Status.NOT_MODIFIED.getStatusCode() && kept != null) {
                report = kept;
            } else if (answer.ok()) {
                reports.put(id, answer);
            } else {
                reports.remove(id);
            }
            if (report.ok() && report.etag() != null && report.etag().equals(ifNoneMatch)) {
                return Response.notModified().header(HttpHeaders.ETAG, report.etag()).build();
            }
            Response response = passthrough.response(ClaimServiceClient.NAME, report, "/api/stories/" + id);
            return report.ok() && report.etag() != null
                    ? Response.fromResponse(response).header(HttpHeaders.ETAG, report.etag()).build() : response;
        });
    }
}
