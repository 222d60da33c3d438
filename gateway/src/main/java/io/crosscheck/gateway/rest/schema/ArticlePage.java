package io.crosscheck.gateway.rest.schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", description = "Articles, newest first")
public record ArticlePage(List<Summary> items, int page, int size, long total) {

    @Schema(name = "ArticleSummary", description = "An article in a list: an excerpt instead of the body")
    public record Summary(UUID id, String title, String source, String url, String author, Instant publishedAt,
            String language, String excerpt, Instant createdAt, Instant updatedAt, long version) {
    }
}
