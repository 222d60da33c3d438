package io.crosscheck.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, with {@code errors} listing the fields at fault. Every service answers errors in
 * this one shape, so a problem the gateway passes through reads like one it makes itself.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
// ProblemResponses writes it with its own ObjectMapper, not as a REST return type, so Quarkus would not
// register it for reflection by itself and a native executable would answer bodies without its fields.
@RegisterForReflection
public record Problem(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "Not found") String title,
        @Schema(examples = "404") int status,
        @Schema(examples = "No article with id 0f8fad5b-d9cb-469f-a165-70867728950e") String detail,
        @Schema(examples = "/api/articles/0f8fad5b-d9cb-469f-a165-70867728950e") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem that names no field: {@code type} is about:blank, the status alone says what kind it is. */
    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }
}
