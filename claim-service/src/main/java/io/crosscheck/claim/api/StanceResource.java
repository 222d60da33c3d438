package io.crosscheck.claim.api;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.nlp.stance.StanceResult;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stance")
@Tag(name = "Stance")
public class StanceResource {

    @Schema(name = "StanceRequest")
    public record StanceRequest(
            @Schema(required = true, examples = "The central bank raised rates by 50 basis points") String claim,
            @Schema(required = true, examples = "The central bank left its main rate unchanged on Thursday, its governor said.") String text,
            String title) {
    }

    private final StanceEngine stance;
    private final ClaimServiceConfig config;

    public StanceResource(StanceEngine stance, ClaimServiceConfig config) {
        this.stance = stance;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stance of a text toward a claim", description = "SUPPORTS, DENIES, DISCUSSES or "
            + "UNRELATED with the model's confidence and the evidence sentences (offsets into text). Stateless.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StanceResult.class)))
    @APIResponse(responseCode = "400", description = "Missing claim or text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit (2 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StanceResult classify(StanceRequest request) {
        if (request == null) {
            throw ProblemException.badField("claim", "is required");
        }
        String claim = RequestChecks.requireClaim(request.claim());
        String text = RequestChecks.requireText("text", request.text(), config.extraction().textMaxBytes());
        return stance.classify(claim, request.title(), text);
    }
}
