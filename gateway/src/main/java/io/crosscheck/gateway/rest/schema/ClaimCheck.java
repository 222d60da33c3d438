package io.crosscheck.gateway.rest.schema;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/claims/check}: request and answer. */
public final class ClaimCheck {

    private ClaimCheck() {
    }

    @Schema(name = "ClaimCheckRequest")
    public record Request(
            @Schema(required = true, examples = "Putin received a written message from Tehran") String claim,
            @Schema(description = "At most this many matches", examples = "10") Integer limit) {
    }

    @Schema(name = "ClaimCheckResult")
    public record Result(String claim, List<Match> matches) {
    }

    @Schema(name = "ClaimCheckMatch")
    public record Match(UUID articleId, String source, String title,
            @Schema(enumeration = {"SUPPORTS", "DENIES", "DISCUSSES"}) String stance,
            @Schema(minimum = "0", maximum = "1") double score, List<Evidence> evidence) {
    }

    @Schema(name = "Evidence")
    public record Evidence(String sentence, int start, int end) {
    }
}
