package io.crosscheck.gateway.rest.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleRequest", description = "An article to store (validated by the article-service)")
public record ArticleRequest(
        @Schema(required = true, maxLength = 1000, examples = "Kremlin says Putin received no written message from Tehran")
        String title,
        @Schema(required = true, description = "Plain text, or HTML when contentType is text/html (at most 2 MB)",
                examples = "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin had not received a written message.")
        String body,
        @Schema(required = true, description = "The outlet's name", examples = "Example Wire")
        String source,
        @Schema(description = "Absolute http(s) URL", examples = "https://news.example.com/world/kremlin-message")
        String url,
        @Schema(examples = "Jane Doe")
        String author,
        @Schema(description = "ISO-8601 date or instant", examples = "2025-06-24T09:30:00Z")
        String publishedAt,
        @Schema(description = "BCP 47 language tag", examples = "en")
        String language,
        @Schema(description = "text/plain (default) or text/html", enumeration = {"text/plain", "text/html"})
        String contentType,
        @Schema(description = "Required on update (PUT): the version you read, for optimistic locking", examples = "0")
        Long version) {
}
