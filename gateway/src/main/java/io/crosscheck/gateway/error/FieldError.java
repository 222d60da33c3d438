package io.crosscheck.gateway.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault, as the neighbour that validated the request reported it. */
@Schema(name = "FieldError")
public record FieldError(@Schema(examples = "title") String field, @Schema(examples = "must not be blank") String message) {
}
