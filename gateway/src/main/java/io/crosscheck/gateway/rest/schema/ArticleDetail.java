package io.crosscheck.gateway.rest.schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/articles/{id}}: the article-service's article merged with its analysis from the claim-service. */
@Schema(name = "Article", description = "An article with its analysis")
public record ArticleDetail(
        UUID id,
        @Schema(examples = "Kremlin says Putin received no written message from Tehran") String title,
        @Schema(examples = "Example Wire") String source,
        @Schema(examples = "https://news.example.com/world/kremlin-message") String url,
        String author,
        Instant publishedAt,
        @Schema(examples = "en") String language,
        String body,
        @Schema(description = "Hash of the normalised text (deduplication)") String contentHash,
        @Schema(description = "True when posted as HTML; the HTML is at /api/articles/{id}/html") boolean hasOriginalHtml,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back on PUT (optimistic locking)") long version,
        @Schema(description = "The story the article was grouped into; null until analysed or when the claim-service is unavailable", nullable = true)
        UUID storyId,
        Analysis analysis,
        List<Claim> claims) {

    @Schema(name = "Analysis")
    public record Analysis(
            @Schema(enumeration = {"PENDING", "DONE", "FAILED"}) String status,
            @Schema(description = "Which extractor produced the claims", nullable = true, examples = "rules-v1") String extractor,
            @Schema(description = "False when the claim-service could not be asked; the analysis is then PENDING")
            boolean available,
            @Schema(description = "Why the analysis is unavailable or failed", nullable = true,
                    examples = "claim-service unavailable: no answer within the time limit") String detail) {
    }
}
