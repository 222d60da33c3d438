package io.crosscheck.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault in a request: {@code field} is its JSON name (or query parameter), {@code message} why. */
@Schema(name = "FieldError")
@RegisterForReflection // written inside a Problem, see there
public record FieldError(@Schema(examples = "title") String field, @Schema(examples = "must not be blank") String message) {
}
