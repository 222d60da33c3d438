package io.crosscheck.claim.api;

import io.crosscheck.claim.check.ClaimCheckService;
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
import java.util.List;

@Path("/claims/check")
@Tag(name = "Claim check")
public class ClaimCheckResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    @Schema(name = "ClaimCheckRequest")
    public record CheckRequest(
            @Schema(required = true, examples = "Putin received a written message from Khamenei") String claim,
            @Schema(description = "At most this many articles (1..50, default 10)") Integer limit) {
    }

    @Schema(name = "ClaimCheckResponse")
    public record CheckResponse(String claim, List<ClaimCheckService.Match> matches) {
    }

    private final ClaimCheckService checks;

    public ClaimCheckResource(ClaimCheckService checks) {
        this.checks = checks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stored articles that bear on a claim", description = "Ranked by similarity, with each "
            + "article's stance and evidence sentences. Unrelated articles are left out.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing claim or limit out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckResponse check(CheckRequest request) {
        String claim = RequestChecks.requireClaim(request == null ? null : request.claim());
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new CheckResponse(request.claim(), checks.check(claim, limit));
    }
}
