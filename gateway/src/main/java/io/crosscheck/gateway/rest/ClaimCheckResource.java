package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.gateway.rest.schema.ClaimCheck;
import io.crosscheck.gateway.rest.schema.Compare;
import io.crosscheck.gateway.rest.schema.Stance;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claim checking, claim comparison and stance: the claim-service validates and answers; bodies pass through both ways. */
@Path("/api")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimCheckResource {

    private final ClaimServiceClient claims;
    private final Passthrough passthrough;
    private final long maxBody;

    public ClaimCheckResource(ClaimServiceClient claims, Passthrough passthrough, GatewayConfig config) {
        this.claims = claims;
        this.passthrough = passthrough;
        this.maxBody = config.claimServiceMaxBodySize().asLongValue();
    }

    /** Announced or chunked, a body the claim-service would refuse mid-upload is refused here, whole. */
    private void requireAtMostTheClaimServicesLimit(byte[] body) {
        if (body.length > maxBody) {
            throw ProblemException.tooLarge("(body)", "at most " + maxBody + " bytes");
        }
    }

    @POST
    @Path("/claims/check")
    @Operation(summary = "Check a claim against the stored articles",
            description = "The articles that bear on the claim, with their stance and evidence; unrelated articles are left out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimCheck.Request.class),
            examples = @ExampleObject(name = "claim", value = ApiExamples.CHECK_REQUEST)))
    @APIResponse(responseCode = "200", description = "The matching articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimCheck.Result.class),
                    examples = @ExampleObject(name = "one denial", value = ApiExamples.CHECK_RESULT)))
    @APIResponse(responseCode = "400", description = "Missing claim or bad limit; errors[] names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 8 MB, the claim-service's limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> check(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        requireAtMostTheClaimServicesLimit(body);
        return claims.check(ArticleResource.orJson(contentType), body)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/claims/check"));
    }

    @POST
    @Path("/claims/compare")
    @Operation(summary = "Whether two claims state the same fact",
            description = "SAME, CONFLICTS (the same fact with a different figure, date, place or polarity: what NUMBER "
                    + "and NEGATION conflicts are made of), RELATED or UNRELATED, with the same-fact probability and what "
                    + "decided it. Learnt on MRPC news paraphrases; stateless, nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Compare.Request.class),
            examples = {@ExampleObject(name = "different counts", value = ApiExamples.COMPARE_REQUEST),
                    @ExampleObject(name = "a paraphrase", value = ApiExamples.COMPARE_PARAPHRASE_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The relation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Compare.Result.class),
                    examples = {@ExampleObject(name = "conflicts", value = ApiExamples.COMPARE_RESULT),
                            @ExampleObject(name = "same", value = ApiExamples.COMPARE_PARAPHRASE_RESULT)}))
    @APIResponse(responseCode = "400", description = "Missing or over-long a or b (2,000 characters each); errors[] names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 8 MB, the claim-service's limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> compare(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        requireAtMostTheClaimServicesLimit(body);
        return claims.compare(ArticleResource.orJson(contentType), body)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/claims/compare"));
    }

    @POST
    @Path("/stance")
    @Operation(summary = "The stance of one text toward one claim", description = "Stateless; nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Stance.Request.class),
            examples = @ExampleObject(name = "denial", value = ApiExamples.STANCE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The stance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.Result.class),
                    examples = @ExampleObject(name = "denies", value = ApiExamples.STANCE_RESULT)))
    @APIResponse(responseCode = "400", description = "Missing claim or text; errors[] names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 8 MB, the claim-service's limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> stance(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        requireAtMostTheClaimServicesLimit(body);
        return claims.stance(ArticleResource.orJson(contentType), body)
                .map(answer -> passthrough.response(ClaimServiceClient.NAME, answer, "/api/stance"));
    }
}
