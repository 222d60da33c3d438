package io.crosscheck.article.client;

import java.time.Instant;
import java.util.UUID;

/** What the claim-service needs to analyse an article; sent whole so it never has to call back. */
public record ArticleForAnalysis(
        UUID id,
        String title,
        String text,
        String source,
        String url,
        Instant publishedAt,
        String language,
        String contentHash,
        long version) {
}
