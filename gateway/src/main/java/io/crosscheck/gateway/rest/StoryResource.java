package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.error.Problem;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.crosscheck.gateway.rest.schema.StoryReport;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
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

/** Stories are the claim-service's: passed on as it reports them. */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    private final ClaimServiceClient claims;
    private final Passthrough passthrough;

    public StoryResource(ClaimServiceClient claims, Passthrough passthrough) {
        this.claims = claims;
        this.passthrough = passthrough;
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
    public Uni<Response> get(@Parameter(description = "Story id (UUID)") @PathParam("id") String id) {
        return claims.story(id)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/stories/" + id));
    }
}
