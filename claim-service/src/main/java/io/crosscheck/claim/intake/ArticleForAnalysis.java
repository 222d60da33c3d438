package io.crosscheck.claim.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** An article as the article-service's outbox delivers it: everything analysis needs, so no call back. */
public record ArticleForAnalysis(
        UUID id,
        @NotBlank String title,
        @NotNull String text,
        @NotBlank String source,
        String url,
        Instant publishedAt,
        String language,
        @NotBlank String contentHash,
        long version) {
}
