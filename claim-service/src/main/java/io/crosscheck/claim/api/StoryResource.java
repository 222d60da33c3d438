package io.crosscheck.claim.api;

import io.crosscheck.claim.story.StoryReportCache;
import io.crosscheck.claim.story.StoryReportService;
import io.crosscheck.claim.story.report.StoryPage;
import io.crosscheck.claim.story.report.StoryReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    static final int MAX_PAGE_SIZE = 100;

    private final StoryReportService stories;
    private final StoryReportCache reports;

    public StoryResource(StoryReportService stories, StoryReportCache reports) {
        this.stories = stories;
        this.reports = reports;
    }

    @GET
    @Operation(summary = "Stories, most recently active first", description = "page starts at 0; size 1..100 (default 20).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return stories.list(bounded("page", page, 0, 0, 1_000_000), bounded("size", size, 20, 1, MAX_PAGE_SIZE));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The story report: articles, claim groups, positions and conflicts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoryReport.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the revision named by If-None-Match")
    public Response report(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UUID storyId;
        try {
            storyId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No story with id " + id);
        }
        StoryReportCache.RenderedReport report = reports.report(storyId)
                .orElseThrow(() -> ApiException.notFound("No story with id " + id));
        if (report.etag().equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, report.etag()).build();
        }
        // The cached JSON bytes as they are: the report is rendered once per story revision.
        return Response.ok(report.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, report.etag()).build();
    }

    static int bounded(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badField(field, "must be an integer between " + min + " and " + max);
    }
}
