package io.crosscheck.claim.api;

import io.crosscheck.claim.story.StoryReportCache;
import io.crosscheck.claim.story.StoryReportService;
import io.crosscheck.claim.story.report.StoryPage;
import io.crosscheck.claim.story.report.StoryReport;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import io.crosscheck.problem.QueryParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MERGED_STATUS = 308;
    private static final String SORT_RECENT = "recent";
    private static final String SORT_CONTESTED = "contested";

    private final StoryReportService stories;
    private final StoryReportCache reports;

    public StoryResource(StoryReportService stories, StoryReportCache reports) {
        this.stories = stories;
        this.reports = reports;
    }

    @GET
    @Operation(summary = "Stories, most recently active first", description = "page starts at 0; size 1..100 (default 20); "
            + "sort recent (default) or contested (most contested claims first, then most recently active).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(responseCode = "400", description = "page, size or sort out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryPage list(@QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = QueryParameters.integer("page", page, 0, 0, 1_000_000, errors);
        int pageSize = QueryParameters.integer("size", size, 20, 1, MAX_PAGE_SIZE, errors);
        String order = QueryParameters.oneOf("sort", sort, SORT_RECENT, List.of(SORT_RECENT, SORT_CONTESTED), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameters", errors);
        }
        return stories.list(pageNumber, pageSize, order.equals(SORT_CONTESTED));
    }

    /** 308, not 301: a client that follows it repeats the same request, and the move is for good. */
    private static Response mergedAnswer(UUID storyId, UUID into) {
        Problem moved = Problem.of(MERGED_STATUS, "Story merged", "Story " + storyId + " was merged into story " + into
                + ": later coverage showed they report one event", "/stories/" + storyId);
        return Response.status(MERGED_STATUS).location(URI.create("/stories/" + into)).type(Problem.MEDIA_TYPE)
                .entity(moved).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The story report: articles, claim groups, positions and conflicts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoryReport.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the revision named by If-None-Match")
    @APIResponse(responseCode = "308", description = "The story was merged into another: Location names it, and so "
            + "does the problem+json body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UUID storyId;
        try {
            storyId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No story with id " + id);
        }
        Optional<StoryReportCache.RenderedReport> found = reports.report(storyId);
        if (found.isEmpty()) {
            return stories.mergedInto(storyId).map(into -> mergedAnswer(storyId, into))
                    .orElseThrow(() -> ProblemException.notFound("No story with id " + id));
        }
        StoryReportCache.RenderedReport report = found.get();
        if (report.etag().equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, report.etag()).build();
        }
        // The cached JSON bytes as they are: the report is rendered once per story revision.
        return Response.ok(report.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, report.etag()).build();
    }
}
