package io.crosscheck.claim.api;

import io.crosscheck.claim.engine.ComparisonEngine;
import io.crosscheck.nlp.compare.Comparison;
import io.crosscheck.nlp.compare.Relation;
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

@Path("/claims/compare")
@Tag(name = "Claims")
public class CompareResource {

    @Schema(name = "CompareRequest")
    public record CompareRequest(
            @Schema(required = true, examples = "12 people were injured in the explosion at the Kabul market on Monday.") String a,
            @Schema(required = true, examples = "Seven people were injured in the explosion at the Kabul market on Monday.") String b) {
    }

    @Schema(name = "CompareResult")
    public record CompareResponse(Relation relation,
            @Schema(minimum = "0", maximum = "1", description = "Probability that both state the same fact (for CONFLICTS: "
                    + "once the disagreeing details are set aside)") double score,
            @Schema(examples = "the same fact, but figures 12 against 7") String detail) {

        static CompareResponse of(Comparison comparison) {
            return new CompareResponse(comparison.relation(), comparison.score(), comparison.detail());
        }
    }

    private final ComparisonEngine comparisons;

    public CompareResource(ComparisonEngine comparisons) {
        this.comparisons = comparisons;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether two claims state the same fact", description = "SAME, CONFLICTS (the same fact with a "
            + "different figure, date, place or polarity), RELATED or UNRELATED, with the same-fact probability and what "
            + "decided it. Stateless.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CompareResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or over-long a or b (2,000 characters each)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompareResponse compare(CompareRequest request) {
        if (request == null) {
            throw ProblemException.badField("a", "is required");
        }
        String a = RequestChecks.requireClaim("a", request.a());
        String b = RequestChecks.requireClaim("b", request.b());
        return CompareResponse.of(comparisons.compare(a, b));
    }
}
