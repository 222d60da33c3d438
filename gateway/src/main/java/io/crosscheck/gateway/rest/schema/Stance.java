package io.crosscheck.gateway.rest.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/stance}: request and answer, as the claim-service's {@code POST /stance}. */
public final class Stance {

    private Stance() {
    }

    @Schema(name = "StanceRequest")
    public record Request(
            @Schema(required = true, examples = "Putin received a written message from Tehran") String claim,
            @Schema(required = true, examples = "Peskov said Putin had not received any written message.") String text,
            @Schema(examples = "Kremlin denies message") String title) {
    }

    @Schema(name = "StanceResult")
    public record Result(@Schema(enumeration = {"SUPPORTS", "DENIES", "DISCUSSES", "UNRELATED"}) String stance,
            @Schema(minimum = "0", maximum = "1") double confidence, List<ClaimCheck.Evidence> evidence) {
    }
}
