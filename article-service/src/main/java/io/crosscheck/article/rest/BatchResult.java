package io.crosscheck.article.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crosscheck.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One result per posted item, in order: 201 stored, 200 duplicate of an existing article, 4xx refused. */
@Schema(name = "BatchResult")
public record BatchResult(int created, int duplicates, int failed, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, UUID id, Problem error) {
    }
}
