package io.crosscheck.gateway.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the same shape the neighbours answer with, so a passed-through problem reads alike. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "claim-service unavailable") String title,
        @Schema(examples = "502") int status,
        @Schema(examples = "claim-service answered HTTP 500") String detail,
        @Schema(examples = "/api/stories/7d1c7f3e-8f0a-4c55-9d1e-1b2c3d4e5f60") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }
}
