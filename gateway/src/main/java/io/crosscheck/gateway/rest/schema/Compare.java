package io.crosscheck.gateway.rest.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/claims/compare}: request and answer, as the claim-service's {@code POST /claims/compare}. */
public final class Compare {

    private Compare() {
    }

    @Schema(name = "CompareRequest")
    public record Request(
            @Schema(required = true, maxLength = 2000, examples = "12 people were injured in the explosion at the Kabul market on Monday.") String a,
            @Schema(required = true, maxLength = 2000, examples = "Seven people were injured in the explosion at the Kabul market on Monday.") String b) {
    }

    @Schema(name = "CompareResult")
    public record Result(@Schema(enumeration = {"SAME", "CONFLICTS", "RELATED", "UNRELATED"}) String relation,
            @Schema(minimum = "0", maximum = "1", description = "Probability that both state the same fact (for CONFLICTS: "
                    + "once the disagreeing details are set aside)") double score,
            @Schema(examples = "the same fact, but figures 12 against 7") String detail) {
    }
}
