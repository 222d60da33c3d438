package io.crosscheck.gateway.rest.schema;

import io.crosscheck.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", description = "One result per posted item, in order: 201 stored, 200 duplicate, 4xx refused")
public record BatchResult(int created, int duplicates, int failed, List<Item> items) {

    @Schema(name = "BatchItem")
    public record Item(int index, int status, @Schema(nullable = true) UUID id, @Schema(nullable = true) Problem error) {
    }
}
